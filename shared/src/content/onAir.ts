import type { ContentStatus } from '../schemas/content.ts';
import { dayNumber } from '../schedule/wallClock.ts';

/** What the date rule reads of an item: stored items, the evaluator's view of them, and public copies. */
export interface OnAirFields {
  /** Absent on public copies (the server makes public copies of approved items only). */
  status?: ContentStatus;
  validFrom: string | null;
  validUntil: string | null;
}

/**
 * THE "what may play" date rule, used by the schedule evaluator (server snapshots, boundaries, admin previews, the
 * kiosk offline), the reception catalogue, the offline plan's pool and the kiosk's own expiry check: only approved
 * items play (drafts never do), and only inside their validity dates, both ends inclusive, as school-calendar days.
 * Returns the first and last day number (days since 1970-01-01; ±Infinity when open) or null when it never plays.
 * Which screens an item plays on is the evaluator's business (assignments, schedule entries, playlists).
 */
export function playableDays(item: OnAirFields): readonly [first: number, last: number] | null {
  if (item.status !== undefined && item.status !== 'approved') return null;
  return [
    item.validFrom ? dayNumber(item.validFrom) : Number.NEGATIVE_INFINITY,
    item.validUntil ? dayNumber(item.validUntil) : Number.POSITIVE_INFINITY,
  ];
}

/** Whether the item may play on some day from `first` to `last` (day numbers, inclusive). */
export function validDuring(item: OnAirFields, first: number, last: number): boolean {
  const days = playableDays(item);
  return days !== null && days[0] <= last && first <= days[1];
}

/** Whether the item may play on a school-calendar day (`YYYY-MM-DD`, or a day number). */
export function validOn(item: OnAirFields, day: string | number): boolean {
  const n = typeof day === 'number' ? day : dayNumber(day);
  return validDuring(item, n, n);
}
