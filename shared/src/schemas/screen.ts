import { z } from 'zod';
import { clockTime, isoWeekday } from './schedule.ts';
import { id, requiredText, text } from './text.ts';

export const screenOrientation = z.enum(['landscape', 'portrait']);
/** Viewing distance drives the minimum text height: gate ≈ 3 m, reception desk ≈ 1 m. */
export const screenProfile = z.enum(['gate', 'reception']);

export const screenSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Tên đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang');

/**
 * When the screen is on: on these ISO weekdays (1 = Thứ Hai … 7 = Chủ nhật) from `on` to `off` (same day; a screen that
 * should stay on past midnight gets a second window from 00:00). Outside every window the kiosk blanks to black.
 */
export const powerWindow = z
  .object({ days: z.array(isoWeekday).min(1, 'Chọn ít nhất một ngày').max(7), on: clockTime, off: clockTime })
  .refine((w) => w.on < w.off, { message: 'Giờ tắt phải sau giờ bật (trong cùng một ngày)', path: ['off'] });
export type PowerWindow = z.infer<typeof powerWindow>;

export const screen = z.object({
  id,
  slug: screenSlug,
  name: requiredText(120),
  location: text(200),
  orientation: screenOrientation,
  profile: screenProfile,
  group: text(60),
  /** The rotation when no schedule entry applies (beside content assigned to the screen directly). */
  defaultPlaylistId: id.nullable().default(null),
  /** Reception look-up: a touch opens the procedure search; the rotation is the attract loop. */
  interactive: z.boolean().default(false),
  /** Seconds without a touch before an interactive screen returns to the attract loop. */
  idleSeconds: z.int().min(15).max(600).default(60),
  /** On/off timetable (issue #11 item 7); absent or empty = always on. */
  powerSchedule: z.array(powerWindow).max(14).optional(),
});
export type Screen = z.infer<typeof screen>;

/**
 * What the office sends to add or change a screen (the id is generated and never changes). The later settings are
 * optional: a form that does not know them leaves them as they are (or at their defaults on create).
 */
export const screenInput = screen.omit({ id: true }).extend({
  defaultPlaylistId: id.nullable().optional(),
  interactive: z.boolean().optional(),
  idleSeconds: z.int().min(15).max(600).optional(),
});
export type ScreenInput = z.infer<typeof screenInput>;
