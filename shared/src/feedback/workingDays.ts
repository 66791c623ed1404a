/**
 * Working days for feedback deadlines (phản ánh, kiến nghị): Monday to Friday, minus the school's holiday list.
 * Pure calendar arithmetic on ISO dates (YYYY-MM-DD) in the school's own calendar: no clock, no timezone here;
 * callers turn an instant into the school's calendar day first (`calendarDate`).
 */

const DAY_MS = 86_400_000;

const toUtc = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The next calendar day. */
export const nextDay = (isoDate: string): string => fromUtc(toUtc(isoDate) + DAY_MS);

/** Saturday and Sunday are not working days (Bộ luật Lao động: the school's week is Monday–Friday). */
export function isWeekend(isoDate: string): boolean {
  const weekday = new Date(toUtc(isoDate)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(isoDate: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(isoDate) && !holidays.has(isoDate);
}

/**
 * The day a handling time of `days` working days ends, counted from the day after receipt (the day it arrives
 * does not count, whatever the hour): received on a Friday with 2 days → the Tuesday after.
 */
export function addWorkingDays(receivedOn: string, days: number, holidays: ReadonlySet<string>): string {
  let day = receivedOn;
  let left = days;
  // A year of holidays cannot stop this: at most 366 + days steps.
  for (let guard = 0; left > 0 && guard < 366 + days * 2; guard += 1) {
    day = nextDay(day);
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return day;
}

/**
 * Working days left from `today` until `due` (0 = due today, negative = overdue by that many working days).
 * Today itself counts as spent: due tomorrow (a working day) → 1.
 */
export function workingDaysLeft(today: string, due: string, holidays: ReadonlySet<string>): number {
  if (today === due) return 0;
  const forward = today < due;
  const [from, to] = forward ? [today, due] : [due, today];
  let count = 0;
  for (let day = from; day < to; ) {
    day = nextDay(day);
    if (isWorkingDay(day, holidays)) count += 1;
  }
  return forward ? count : -count;
}
