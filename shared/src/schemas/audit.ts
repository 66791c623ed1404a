import { z } from 'zod';
import { pageQuery } from './paging.ts';
import { id, isoDate, isoDateTime, text } from './text.ts';

export const auditAction = z.enum([
  'login',
  'login_failed',
  'logout',
  'content.create',
  'content.update',
  'content.status',
  'content.approve',
  'content.reject',
  'content.undo',
  'school.update',
  'screen.create',
  'screen.update',
  'screen.command',
  'screen.pair',
  'schedule.create',
  'schedule.update',
  'schedule.delete',
  'playlist.create',
  'playlist.update',
  'playlist.delete',
  'daypart.update',
  'emergency.start',
  'emergency.clear',
  'media.upload',
  'media.delete',
  'content.import',
  'user.create',
  'user.update',
  'seed',
  'notify.settings',
  'notify.test',
  // Phản ánh, kiến nghị: intake and the sender's data (issue #13).
  'feedback.received',
  'feedback.sender.searched',
  'feedback.sender.exported',
  'feedback.sender.deleted',
  'feedback.sender.purged',
  'feedback.retention',
  'areas.update',
  'plan.update',
  'feedback.step',
  'feedback.sender.viewed',
  'feedback.calendar',
]);

export const auditEntry = z.object({
  id,
  at: isoDateTime,
  actor: text(80),
  action: auditAction,
  entity: text(40),
  entityId: text(80),
  /** Long enough for an emergency notice's whole text (title 120 + body 600), kept as it was shown. */
  summary: text(1000),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** GET /api/audit filters; dates are calendar days in the school's timezone, both ends included. */
export const auditQuery = z.object({
  q: text(100).optional(),
  actor: text(80).optional(),
  action: auditAction.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pageQuery,
});
export type AuditQuery = z.infer<typeof auditQuery>;
export type AuditAction = z.infer<typeof auditAction>;

/** Why a login was refused (kept in the failed-login log, apart from the audit log). */
export const failedLoginReason = z.enum(['password', 'throttled', 'second-factor']);

/** One refused login. The name is whatever was typed (it may not exist); the address is the client's. */
export const failedLogin = z.object({
  at: isoDateTime,
  username: z.string().max(80),
  address: z.string().max(64),
  reason: failedLoginReason,
});
export type FailedLogin = z.infer<typeof failedLogin>;
