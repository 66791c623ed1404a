import { calendarDate, DAY_MS, dayNumber, fromWall, nextCronRuns, parseCron } from '@bangtin/shared';

export interface CronPreview {
  /** The shared parser's Vietnamese message when the expression is invalid. */
  error: string | null;
  /** Both day-of-month and day-of-week restricted: a day must match BOTH (node-cron's rule, ours too). */
  setsBothDayFields: boolean;
  runs: Date[];
}

/**
 * The next runs of an expression that fall inside the entry's date range, counted from now (or from the first
 * day of the range when that is later), on the school's wall clock.
 */
export function previewCron(
  expression: string,
  range: { dateFrom: string; dateUntil: string },
  now: Date,
  timeZone: string,
  count = 5,
): CronPreview {
  const parsed = parseCron(expression);
  if (!parsed.ok) return { error: parsed.message, setsBothDayFields: false, runs: [] };
  const firstDay = /^\d{4}-\d{2}-\d{2}$/.test(range.dateFrom) ? fromWall(dayNumber(range.dateFrom) * DAY_MS - 1, timeZone) : null;
  const after = firstDay && firstDay > now ? firstDay : now;
  const lastDay = /^\d{4}-\d{2}-\d{2}$/.test(range.dateUntil) ? range.dateUntil : null;
  const runs = nextCronRuns(expression, after, timeZone, count).filter((run) => !lastDay || calendarDate(run, timeZone) <= lastDay);
  return { error: null, setsBothDayFields: parsed.spec.setsBothDayFields, runs };
}
