import type { Holiday } from '@bangtin/shared';

/** Tết Nguyên đán (first day of the lunar year) always falls between 21 January and 20 February. */
const LATEST_TET = '02-20';
const TET_NAME = /tết nguyên đán|tết âm lịch/i;

/**
 * The year of the next Tết Nguyên đán when the holiday list has no entry for it, else null. Its dates are announced
 * each year and the team handbook holds no verified ones, so nothing is seeded: the dashboard asks the school instead,
 * because feedback deadlines in working days would otherwise run through the Tết break.
 */
export function lunarNewYearToEnter(holidays: readonly Holiday[], today: string): number | null {
  const year = Number(today.slice(0, 4));
  const next = today.slice(5) <= LATEST_TET ? year : year + 1;
  return holidays.some((h) => h.date.startsWith(`${next}-`) && TET_NAME.test(h.name)) ? null : next;
}
