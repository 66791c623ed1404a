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

/** An account's e-mail address ('' = none): where the rejection of one's own item and "chờ duyệt" mails go. */
export const userEmail = z.union([z.string().trim().max(200).pipe(z.email('Địa chỉ thư không hợp lệ')), z.literal('')]);

export const user = z.object({
  id,
  username,
  displayName: requiredText(120),
  /** Added in schemaVersion 2 (older accounts migrate to ''). */
  email: userEmail.default(''),
  role,
  /** `scrypt$N$r$p$salt$hash`, base64 parts; never leaves the server. */
  passwordHash: z.string().min(1),
  disabled: z.boolean(),
  createdAt: isoDateTime,
  /** The second factor, when the account has one (admins and approvers may). Never leaves the server. */
  totp: z
    .object({
      /** Base32 TOTP secret: the server must read it to check codes, so it is stored as is (db.json is 0600). */
      secret: z.string().min(16).max(128),
      enabledAt: isoDateTime,
      /** The last 30-second step accepted: a code is never accepted twice. */
      lastTimeStep: z.int().min(0),
      /** SHA-256 (hex) of each unused recovery code. */
      recoveryCodes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(10),
    })
    .optional(),
});
export type User = z.infer<typeof user>;

export const publicUser = user.omit({ passwordHash: true, totp: true }).extend({
  /** Whether the account signs in with a second factor (the secret itself never leaves the server). */
  twoFactor: z.boolean().optional(),
});
export type PublicUser = z.infer<typeof publicUser>;

/** What the server may show of an account: everything but the password hash and the TOTP secret. */
export const toPublicUser = (u: User): PublicUser => publicUser.parse({ ...u, twoFactor: u.totp !== undefined });

/** The roles that may (optionally) add a second factor: the ones that publish and manage accounts. */
export const twoFactorRoles: readonly Role[] = ['admin', 'approver'];

export const loginRequest = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Nhập tên đăng nhập').max(40),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

/** A 6-digit code from the authenticator app, or one recovery code (xxxxx-xxxxx). Spaces are ignored. */
export const secondFactorCode = z
  .string()
  .transform((s) => s.replace(/\s+/g, '').toLowerCase())
  .pipe(z.string().regex(/^(\d{6}|[0-9a-z]{5}-[0-9a-z]{5})$/, 'Nhập mã 6 chữ số trong ứng dụng xác thực, hoặc một mã khôi phục'));

export const secondFactorRequest = z.object({ code: secondFactorCode });

/** The login reply: the user, or "now the second factor" (a short-lived httpOnly ticket cookie carries the first step). */
export const loginReply = z.union([
  z.object({ user: publicUser }),
  z.object({ secondFactor: z.literal('totp') }),
]);
export type LoginReply = z.infer<typeof loginReply>;

export const totpStatus = z.object({
  /** False for editors: the second factor is offered to admins and approvers. */
  available: z.boolean(),
  enabled: z.boolean(),
  enabledAt: isoDateTime.nullable(),
  recoveryCodesLeft: z.int().min(0),
});
export type TotpStatus = z.infer<typeof totpStatus>;

export const totpSetup = z.object({
  /** Base32 key for typing into the app by hand. */
  secret: z.string(),
  /** otpauth:// URI, drawn as a QR code by the console. */
  uri: z.string(),
});
export type TotpSetup = z.infer<typeof totpSetup>;

export const totpConfirmReply = z.object({ recoveryCodes: z.array(z.string()).length(10) });

export const totpDisableRequest = z.object({ password: z.string().min(1, 'Nhập mật khẩu').max(200), code: secondFactorCode });

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

export const userCreate = z.object({ username, displayName: requiredText(120), email: userEmail.default(''), role, password: newPassword });
export type UserCreate = z.infer<typeof userCreate>;

/** `email` absent = unchanged. */
export const userUpdate = z.object({ displayName: requiredText(120), email: userEmail.optional(), role, disabled: z.boolean() });
export type UserUpdate = z.infer<typeof userUpdate>;

export const passwordReset = z.object({ password: newPassword });
