import { z } from 'zod';
import { placeholderMessage } from '../schedule/emergencyPlaceholders.ts';
import { id, isoDateTime, requiredText, text } from './text.ts';
import { unitAudience } from './unit.ts';

export const emergencyLevel = z.enum(['danger', 'warning', 'info']);
export type EmergencyLevel = z.infer<typeof emergencyLevel>;

/** Which screens an emergency notice covers. */
export const emergencyScreens = z.union([z.literal('all'), z.array(id).min(1, 'Chọn ít nhất một màn hình').max(200)]);

/** Thông báo khẩn: full screen over everything, until it expires or is cleared. Bypasses approval (approvers only). */
export const emergencyNotice = z.object({
  id,
  title: requiredText(120),
  body: text(600),
  level: emergencyLevel,
  screens: emergencyScreens,
  /** A ward's notice: which child units' screens (all of them) it also covers; 'none' = the root's own screens only. */
  audience: unitAudience.default('none'),
  templateId: text(40).nullable(),
  startedAt: isoDateTime,
  startedBy: text(80),
  expiresAt: isoDateTime,
  clearedAt: isoDateTime.nullable(),
  clearedBy: text(80).nullable(),
});
export type EmergencyNotice = z.infer<typeof emergencyNotice>;

/** Template blanks left unfilled are refused, naming them (the same check in the form and on the server). */
const filled = <T extends z.ZodType<string>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    const message = placeholderMessage(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

export const emergencyInput = z.object({
  title: filled(requiredText(120)),
  body: filled(text(600)),
  level: emergencyLevel,
  screens: emergencyScreens,
  audience: unitAudience.optional(),
  templateId: text(40).nullable().optional(),
  /** From now; at most three days. */
  durationMinutes: z.int().min(1, 'Thời gian hiển thị ít nhất 1 phút').max(4320, 'Thời gian hiển thị tối đa 3 ngày'),
});
export type EmergencyInput = z.infer<typeof emergencyInput>;

/** What a screen gets: no author, no audit fields. */
export const publicEmergency = emergencyNotice.pick({ id: true, title: true, body: true, level: true, startedAt: true, expiresAt: true });
export type PublicEmergency = z.infer<typeof publicEmergency>;

/** Live state for the office: which screens show it (acknowledged by the kiosk). */
export const emergencyStatus = z.object({
  notice: emergencyNotice,
  active: z.boolean(),
  targetScreenIds: z.array(z.string()),
  acknowledged: z.array(z.object({ screenId: z.string(), at: isoDateTime })),
});
export type EmergencyStatus = z.infer<typeof emergencyStatus>;
