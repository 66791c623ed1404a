import { z } from 'zod';
import { id, isoDateTime, requiredText } from './text.ts';

/** admin: users and settings; approver (the principal): approves content; editor (the office): drafts. */
export const role = z.enum(['admin', 'approver', 'editor']);
export type Role = z.infer<typeof role>;

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang');

export const user = z.object({
  id,
  username,
  displayName: requiredText(120),
  role,
  /** `scrypt$N$r$p$salt$hash`, base64 parts; never leaves the server. */
  passwordHash: z.string().min(1),
  disabled: z.boolean(),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof user>;

export const publicUser = user.omit({ passwordHash: true });
export type PublicUser = z.infer<typeof publicUser>;

export const loginRequest = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Nhập tên đăng nhập').max(40),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

/** Which role may do what. Roles are cumulative: an admin can do all an approver can, and so on. */
export const roleRank: Record<Role, number> = { editor: 1, approver: 2, admin: 3 };
export const hasRole = (actual: Role, required: Role): boolean => roleRank[actual] >= roleRank[required];

export const session = z.object({
  tokenHash: z.string(),
  userId: id,
  createdAt: isoDateTime,
  expiresAt: isoDateTime,
});
export type Session = z.infer<typeof session>;

/** Initial and reset passwords: long rather than complicated (a sentence is fine). */
export const newPassword = z.string().min(12, 'Mật khẩu cần ít nhất 12 ký tự').max(200, 'Mật khẩu tối đa 200 ký tự');

export const userCreate = z.object({ username, displayName: requiredText(120), role, password: newPassword });
export type UserCreate = z.infer<typeof userCreate>;

export const userUpdate = z.object({ displayName: requiredText(120), role, disabled: z.boolean() });
export type UserUpdate = z.infer<typeof userUpdate>;

export const passwordReset = z.object({ password: newPassword });
