import type { IndexResultFields } from '../schemas/indexResult.ts';

/**
 * Facts an index slide may state, computed from the figures themselves (never from a typed-in change that the
 * figures contradict), and the checks the office sees while editing. Pure, shared by the kiosk and the console.
 */
export type IndexFigures = Pick<IndexResultFields, 'index' | 'scope' | 'year' | 'score' | 'unit' | 'rank' | 'rankOf' | 'changePoints' | 'changePlaces'>;

/**
 * A result is published the year after it measures (PAR INDEX 2024 came out in 2025), so in 2026 the 2024 results
 * are the latest; anything older than this many years is stale: kept off the wall, or shown clearly dated.
 */
export const INDEX_FRESH_YEARS = 2;

export const indexAge = (year: number, currentYear: number) => currentYear - year;
export const isStaleIndexYear = (year: number, currentYear: number) => indexAge(year, currentYear) > INDEX_FRESH_YEARS;

/** The same index and scope one year earlier, when the series has it. */
export function previousResult<T extends IndexFigures>(series: readonly T[], current: IndexFigures): T | null {
  return series.find((r) => r.index === current.index && r.scope === current.scope && r.year === current.year - 1) ?? null;
}

const decimalsOf = (n: number) => (String(n).split('.')[1] ?? '').length;

/** 92,57 − 91,43 = 1,14: rounded to the decimals the figures are written with, so no float noise reaches a screen. */
export function pointsBetween(previous: IndexFigures, current: IndexFigures): number | null {
  if (previous.score === null || current.score === null || previous.unit !== current.unit) return null;
  const digits = Math.max(decimalsOf(previous.score), decimalsOf(current.score));
  return Number((current.score - previous.score).toFixed(digits));
}

/** Places gained (positive = moved up). Ranks out of different totals (/63 then /34) are not comparable: null. */
export function placesBetween(previous: IndexFigures, current: IndexFigures): number | null {
  if (previous.rank === null || current.rank === null || previous.rankOf !== current.rankOf) return null;
  return previous.rank - current.rank;
}

export interface IndexChange {
  points: number | null;
  places: number | null;
  /** The year compared with. */
  sinceYear: number;
}

/**
 * The change to show: computed from last year's figures when the series has them (the office's typed change is
 * only a fallback), never a change of places across different totals.
 */
export function indexChange(current: IndexFigures, previous: IndexFigures | null): IndexChange {
  const sinceYear = current.year - 1;
  if (!previous) return { points: current.changePoints, places: current.changePlaces, sinceYear };
  const comparableRanks = previous.rank === null || previous.rankOf === current.rankOf;
  return {
    points: pointsBetween(previous, current) ?? current.changePoints,
    places: placesBetween(previous, current) ?? (comparableRanks ? current.changePlaces : null),
    sinceYear,
  };
}

export type IndexWarning =
  | { code: 'stale'; year: number; age: number }
  | { code: 'noFigures' }
  | { code: 'rankWithoutTotal' }
  | { code: 'rankOverTotal'; rank: number; rankOf: number }
  | { code: 'percentOutOfRange'; score: number }
  | { code: 'pointsMismatch'; typed: number; computed: number; previousYear: number }
  | { code: 'placesMismatch'; typed: number; computed: number; previousYear: number }
  | { code: 'placesAcrossTotals'; previousYear: number; previousRankOf: number | null; rankOf: number | null };

/** What the editor warns about before the figures reach a wall: age, gaps and figures that contradict each other. */
export function indexWarnings(item: IndexFigures, series: readonly IndexFigures[], currentYear: number): IndexWarning[] {
  const out: IndexWarning[] = [];
  if (isStaleIndexYear(item.year, currentYear)) out.push({ code: 'stale', year: item.year, age: indexAge(item.year, currentYear) });
  if (item.score === null && item.rank === null) out.push({ code: 'noFigures' });
  if (item.rank !== null && item.rankOf === null) out.push({ code: 'rankWithoutTotal' });
  if (item.rank !== null && item.rankOf !== null && item.rank > item.rankOf) out.push({ code: 'rankOverTotal', rank: item.rank, rankOf: item.rankOf });
  if (item.unit === '%' && item.score !== null && (item.score < 0 || item.score > 100)) out.push({ code: 'percentOutOfRange', score: item.score });
  const previous = previousResult(series, item);
  if (!previous) return out;
  const points = pointsBetween(previous, item);
  if (points !== null && item.changePoints !== null && Math.abs(points - item.changePoints) > 1e-9) {
    out.push({ code: 'pointsMismatch', typed: item.changePoints, computed: points, previousYear: previous.year });
  }
  const places = placesBetween(previous, item);
  if (places !== null && item.changePlaces !== null && places !== item.changePlaces) {
    out.push({ code: 'placesMismatch', typed: item.changePlaces, computed: places, previousYear: previous.year });
  }
  if (item.changePlaces !== null && previous.rank !== null && previous.rankOf !== item.rankOf) {
    out.push({ code: 'placesAcrossTotals', previousYear: previous.year, previousRankOf: previous.rankOf, rankOf: item.rankOf });
  }
  return out;
}
