import { z } from 'zod';
import { cachedCron } from '../schedule/cron.ts';
import { id, isoDate, isoDateTime, requiredText, text } from './text.ts';

/** "HH:MM" on the school's wall clock. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM, từ 00:00 đến 23:59');

/** ISO weekday: 1 = Thứ Hai … 7 = Chủ nhật. */
export const isoWeekday = z.int().min(1).max(7);

/**
 * A daily window; an end earlier than the start crosses midnight (22:00–02:00). Zero length is refused. `overnight`
 * records that the office said so ("Qua nửa đêm?"): new saves need it for such a window (see `scheduleInput`), so
 * 08:00→07:00 typed by mistake is asked about, never silently made a 23-hour window. Older stored windows lack it.
 */
export const timeWindow = z
  .object({ start: clockTime, end: clockTime, overnight: z.boolean().optional() })
  .refine((w) => w.start !== w.end, { message: 'Khung giờ phải dài hơn 0 phút (giờ kết thúc khác giờ bắt đầu)', path: ['end'] });
export type TimeWindow = z.infer<typeof timeWindow>;

/** The window ends on the next day (its end is earlier than its start). */
export const windowCrossesMidnight = (w: { start: string; end: string }) => w.end < w.start;

/** Minutes a notice may wait between two of its showings ("ít nhất mỗi 3 phút"); null = once per loop. */
export const everyMinutes = z.int().min(1, 'Ít nhất mỗi 1 phút').max(120, 'Tối đa mỗi 120 phút').nullable();

/**
 * A share of the loop's time a notice takes ("1/3 thời lượng" = 33): the loop repeats it so that it is on screen at
 * least that share of the time (a slide of d seconds comes round every d ÷ share seconds). null = once per loop.
 */
export const sharePercent = z.int().min(5, 'Ít nhất 5% thời lượng').max(50, 'Tối đa một nửa thời lượng').nullable();

/** Crossing-midnight windows must say so ("Qua nửa đêm?"); `path` leads to the list of windows. */
function askOvernight(windows: readonly TimeWindow[], path: readonly (string | number)[], ctx: z.RefinementCtx) {
  windows.forEach((w, i) => {
    if (windowCrossesMidnight(w) && w.overnight !== true) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'end'],
        message: `Giờ kết thúc ${w.end} sớm hơn giờ bắt đầu ${w.start}: đánh dấu “Qua nửa đêm” nếu khung giờ kéo sang hôm sau, hoặc sửa lại giờ.`,
      });
    }
  });
}

/**
 * When an item plays where its own editor assigns it (its "Màn hình" field), set in that editor's "Khi nào phát":
 * `weekly` null = every day, all day; otherwise on these weekdays inside these windows (none = all day). And how
 * often it comes round there. The one evaluator reads it (evaluate.ts) with the same weekly rule as schedule entries.
 */
export const itemTiming = z
  .object({
    weekly: z
      .object({
        days: z.array(isoWeekday).min(1, 'Chọn ít nhất một ngày trong tuần').max(7),
        windows: z.array(timeWindow).max(12),
      })
      .nullable(),
    everyMinutes,
    sharePercent,
  })
  .superRefine((timing, ctx) => {
    if (timing.weekly) askOvernight(timing.weekly.windows, ['weekly', 'windows'], ctx);
  });
export type ItemTiming = z.infer<typeof itemTiming>;

export const cronExpression = z
  .string()
  .trim()
  .max(120)
  .superRefine((expression, ctx) => {
    const parsed = cachedCron(expression);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  });

/**
 * When an entry plays. Weekly: on the given weekdays, inside the windows (none = the whole day). Cron (advanced):
 * each run of the expression opens a window of `durationMinutes`. A window that crosses midnight belongs to the day
 * it starts on — both for the weekdays and for the entry's date range.
 */
export const scheduleRule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('weekly'),
    days: z.array(isoWeekday).min(1, 'Chọn ít nhất một ngày trong tuần').max(7),
    windows: z.array(timeWindow).max(12),
  }),
  z.object({
    kind: z.literal('cron'),
    expression: cronExpression,
    durationMinutes: z.int().min(1, 'Thời lượng ít nhất 1 phút').max(10_080, 'Thời lượng tối đa 7 ngày'),
  }),
]);
export type ScheduleRule = z.infer<typeof scheduleRule>;

/**
 * add: joins the screen's rotation while active. replace: while active, only this entry's content plays on its
 * screens (the highest priority wins; entries with equal priority play together).
 */
export const scheduleMode = z.enum(['add', 'replace']);
export type ScheduleMode = z.infer<typeof scheduleMode>;

/** Where an entry plays: every screen, or listed screens and/or screen groups. */
export const scheduleScreens = z.union([
  z.literal('all'),
  z.object({ screenIds: z.array(id).max(200), groups: z.array(requiredText(60)).max(50) }),
]);
export type ScheduleScreens = z.infer<typeof scheduleScreens>;

const entryFields = {
  name: requiredText(120),
  enabled: z.boolean(),
  /** Content items to play, in order; or a playlist (exactly one of the two is used — playlist wins when set). */
  contentIds: z.array(id).max(200),
  playlistId: id.nullable(),
  screens: scheduleScreens,
  /** Inclusive school-calendar dates; null = open-ended. */
  dateFrom: isoDate.nullable(),
  dateUntil: isoDate.nullable(),
  rule: scheduleRule,
  /** 0 … 100; higher wins among "replace" entries and comes first among "add" entries. */
  priority: z.int().min(0).max(100),
  mode: scheduleMode,
  /** Seconds per slide for this entry's items; null = each item's own duration. */
  durationSeconds: z.int().min(3).max(600).nullable(),
  /**
   * How often each of this entry's items comes round while the entry is active: at most this many minutes between
   * two showings (the kiosk interleaves it into the loop). null/absent = once per loop.
   */
  everyMinutes: everyMinutes.optional(),
  /** Or a share of the loop's time for each of this entry's items ("1/3 thời lượng"); null/absent = none. */
  sharePercent: sharePercent.optional(),
};

type EntryShape = { dateFrom: string | null; dateUntil: string | null; contentIds: string[]; playlistId: string | null };
const entryRules = <T extends z.ZodType<EntryShape>>(schema: T) =>
  schema
    .refine((e) => !e.dateFrom || !e.dateUntil || e.dateFrom <= e.dateUntil, {
      message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
      path: ['dateUntil'],
    })
    .refine((e) => e.contentIds.length > 0 || e.playlistId !== null, {
      message: 'Chọn ít nhất một nội dung hoặc một danh sách phát',
      path: ['contentIds'],
    });

export const scheduleEntry = entryRules(
  z.object({
    id,
    version: z.int().min(1),
    ...entryFields,
    createdAt: isoDateTime,
    createdBy: text(80),
    updatedAt: isoDateTime,
    updatedBy: text(80),
  }),
);
export type ScheduleEntry = z.infer<typeof scheduleEntry>;

/** What the office sends; `baseVersion` guards against overwriting someone else's edit. */
export const scheduleInput = entryRules(z.object({ ...entryFields, baseVersion: z.int().min(1).optional() })).superRefine((input, ctx) => {
  if (input.rule.kind === 'weekly') askOvernight(input.rule.windows, ['rule', 'windows'], ctx);
});
export type ScheduleInput = z.infer<typeof scheduleInput>;

/** An ordered list of content items, reusable by entries and as a screen's default rotation. */
export const playlistFields = {
  name: requiredText(120),
  contentIds: z.array(id).max(500),
};
export const playlist = z.object({
  id,
  version: z.int().min(1),
  ...playlistFields,
  updatedAt: isoDateTime,
  updatedBy: text(80),
});
export type Playlist = z.infer<typeof playlist>;
export const playlistInput = z.object({ ...playlistFields, baseVersion: z.int().min(1).optional() });
export type PlaylistInput = z.infer<typeof playlistInput>;

/** Named windows the office picks from ("Giờ đón trẻ 06:45–08:00"); editable in the schedule page. */
export const daypart = z
  .object({ id, name: requiredText(80), start: clockTime, end: clockTime })
  .refine((w) => w.start !== w.end, { message: 'Khung giờ phải dài hơn 0 phút', path: ['end'] });
export type Daypart = z.infer<typeof daypart>;
export const daypartList = z
  .array(daypart)
  .max(30)
  .refine((list) => new Set(list.map((d) => d.id)).size === list.length, 'Mã khung giờ bị trùng');

/** What the evaluator needs to know of a schedule entry (the display receives only this). */
/**
 * An entry's rule as a screen receives it: the server checked the expression when the entry was saved, so a kiosk
 * checks only the shape. That keeps the cron engine (croner) out of the kiosk's start bundle: it loads with the offline
 * planner (display/src/schedule/), where an expression croner would not take simply never runs.
 */
const plannedRule = z.discriminatedUnion('kind', [
  scheduleRule.options[0],
  z.object({ kind: z.literal('cron'), expression: z.string().trim().max(120), durationMinutes: z.int().min(1).max(10_080) }),
]);

export const publicScheduleEntry = z.object({
  id,
  contentIds: z.array(id),
  playlistId: id.nullable(),
  screens: scheduleScreens,
  dateFrom: isoDate.nullable(),
  dateUntil: isoDate.nullable(),
  rule: plannedRule,
  priority: z.int(),
  mode: scheduleMode,
  durationSeconds: z.int().nullable(),
  everyMinutes: z.int().nullable().optional(),
  sharePercent: z.int().nullable().optional(),
  createdAt: isoDateTime,
});
export type PublicScheduleEntry = z.infer<typeof publicScheduleEntry>;

/** Things worth a second look, returned on save and on check (they never block a save). */
export const scheduleWarningCode = z.enum([
  'OVERLAP_EXCLUSIVE',
  'CONTENT_EXPIRED',
  'CONTENT_NOT_APPROVED',
  'SCHOOL_HOURS_EMPTY',
  'CRON_DOM_AND_DOW',
  'NEVER_RUNS',
  'DATE_RANGE_PAST',
  /** The entry's content is also assigned directly to screens it reaches: there it plays all day, whatever the rule. */
  'DIRECT_ASSIGNMENT_ALL_DAY',
]);
export const scheduleWarning = z.object({
  code: scheduleWarningCode,
  /** Vietnamese sentence for the office. */
  message: z.string(),
  /** Other entries or content involved. */
  relatedIds: z.array(z.string()).default([]),
});
export type ScheduleWarning = z.infer<typeof scheduleWarning>;
