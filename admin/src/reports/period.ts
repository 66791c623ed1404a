import { calendarDate } from '@bangtin/shared';

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The last 30 days up to today, in the school's calendar. */
export function defaultPeriod(timeZone: string): { from: string; to: string } {
  const today = calendarDate(new Date(), timeZone);
  return { from: addDays(today, -29), to: today };
}

/** The period in the address (?from=&to=), so a report can be printed or bookmarked. */
export function periodFromSearch(search: string, timeZone: string): { from: string; to: string; screenId?: string } {
  const params = new URLSearchParams(search);
  const fallback = defaultPeriod(timeZone);
  const valid = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
  const screenId = params.get('screenId') ?? '';
  return {
    from: valid(params.get('from')) ?? fallback.from,
    to: valid(params.get('to')) ?? fallback.to,
    ...(screenId ? { screenId } : {}),
  };
}
