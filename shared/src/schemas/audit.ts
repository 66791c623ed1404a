import { z } from 'zod';
import { id, isoDateTime, text } from './text.ts';

export const auditAction = z.enum([
  'login',
  'login_failed',
  'logout',
  'content.create',
  'content.update',
  'content.status',
  'content.approve',
  'content.reject',
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
]);

export const auditEntry = z.object({
  id,
  at: isoDateTime,
  actor: text(80),
  action: auditAction,
  entity: text(40),
  entityId: text(80),
  summary: text(500),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export type AuditAction = z.infer<typeof auditAction>;
