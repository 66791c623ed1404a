import {
  formatNumberVi,
  formatPercentVi,
  formatSignedVi,
  type IndexResultFields,
  type PublicContentItem,
  type PublicContentOf,
} from '@bangtin/shared';
import type { Strings } from '../i18n.ts';

type Result = Pick<IndexResultFields, 'index' | 'score' | 'unit'>;
type IndexResult = PublicContentOf<'indexResult'>;

/** DTI is published as 0..1 with four decimals ("0,8241"); everything else as written. */
const isUnitInterval = (r: Result) => r.index === 'DTI' && r.score !== null && Math.abs(r.score) <= 1;

export function formatScore(r: Result, t: Strings): string {
  if (r.score === null) return t.noValue;
  if (isUnitInterval(r)) return formatNumberVi(r.score, 4);
  if (r.unit === '%') return formatPercentVi(r.score);
  if (r.unit === 'điểm') return `${formatNumberVi(r.score)} ${t.indexPoints}`;
  return r.unit ? `${formatNumberVi(r.score)} ${r.unit}` : formatNumberVi(r.score);
}

export interface Change {
  direction: 'up' | 'down' | 'same';
  mark: '▲' | '▼' | '';
  text: string;
}

const directionOf = (value: number): Change['direction'] => (value > 0 ? 'up' : value < 0 ? 'down' : 'same');
const markOf = (direction: Change['direction']): Change['mark'] => (direction === 'up' ? '▲' : direction === 'down' ? '▼' : '');

/**
 * "▲ +1,14 điểm": a change of a percentage is in (percentage) points, never "%" — 91,43% → 92,57% is +1,14 điểm,
 * not "+1,14%" (which would read as a relative change).
 */
export function formatPointsChange(r: Result, changePoints: number | null, t: Strings): Change | null {
  if (changePoints === null) return null;
  const direction = directionOf(changePoints);
  const digits = isUnitInterval(r) ? 4 : undefined;
  const unit = isUnitInterval(r) ? '' : ` ${t.indexPoints}`;
  const text = direction === 'same' ? t.indexUnchanged : `${formatSignedVi(changePoints, digits)}${unit}`;
  return { direction, mark: markOf(direction), text };
}

/** The same change as words for the sentence: "1,14 điểm" without its sign (the verb says up or down). */
export function pointsWords(r: Result, changePoints: number | null, t: Strings): { direction: Change['direction']; text: string } | null {
  if (changePoints === null) return null;
  const digits = isUnitInterval(r) ? 4 : undefined;
  const unit = isUnitInterval(r) ? '' : ` ${t.indexPoints}`;
  return { direction: directionOf(changePoints), text: `${formatNumberVi(Math.abs(changePoints), digits)}${unit}` };
}

/** "▲ 2 bậc": a positive change means the rank improved (moved up the table). */
export function formatPlacesChange(changePlaces: number | null, t: Strings): Change | null {
  if (changePlaces === null) return null;
  const direction = directionOf(changePlaces);
  const text = direction === 'same' ? t.wall.placesUnchanged : t.indexPlaces(Math.abs(changePlaces));
  return { direction, mark: markOf(direction), text };
}

/** Results of the same index and scope over the years (one per year; the current item wins its year), oldest first. */
export function trendOf(all: readonly PublicContentItem[], current: IndexResult): IndexResult[] {
  const byYear = new Map<number, IndexResult>();
  for (const other of all) {
    if (other.type === 'indexResult' && other.index === current.index && other.scope === current.scope) byYear.set(other.year, other);
  }
  byYear.set(current.year, current);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * The points the trend chart can honestly draw: scores in the current unit when two years have one, else ranks out
 * of the same total as the current one (a rank /63 and a rank /34 never share a line), else nothing.
 */
export function chartOf(history: readonly IndexResult[], current: IndexResult): { kind: 'score' | 'rank'; points: IndexResult[] } | null {
  const scores = history.filter((p) => p.score !== null && p.unit === current.unit);
  if (scores.length >= 2) return { kind: 'score', points: scores };
  const ranks = history.filter((p) => p.rank !== null && p.rankOf === current.rankOf);
  if (ranks.length >= 2) return { kind: 'rank', points: ranks };
  return null;
}
