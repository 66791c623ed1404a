import { formatRankVi, type PublicContentOf } from '@bangtin/shared';
import { useStrings } from '../i18n.ts';
import { chartOf, formatScore } from './indexFormat.ts';

type IndexResult = PublicContentOf<'indexResult'>;

interface Props {
  history: readonly IndexResult[];
  current: IndexResult;
}

/** Chart geometry in viewBox units; text sizes are set in CSS in the same units. */
const SLOT = 90;
const BAR = 52;
const TOP = 22;
const BASELINE = 80;

const slotCenter = (i: number, count: number) => (Math.max(count, 3) * SLOT - count * SLOT) / 2 + i * SLOT + SLOT / 2;

function ScoreBars({ points, currentYear }: { points: IndexResult[]; currentYear: number }) {
  const t = useStrings();
  const max = Math.max(...points.map((p) => p.score ?? 0), Number.EPSILON);
  return points.map((point, i) => {
    const height = (Math.max(0, point.score ?? 0) / max) * (BASELINE - TOP);
    const x = slotCenter(i, points.length);
    const current = point.year === currentYear ? ' index-chart__bar--current' : '';
    return (
      <g key={point.year} className={`index-chart__bar${current}`}>
        <rect x={x - BAR / 2} y={BASELINE - height} width={BAR} height={height} rx={3} />
        <text className="index-chart__value" x={x} y={BASELINE - height - 5} textAnchor="middle">
          {formatScore(point, t)}
        </text>
        <text className="index-chart__year" x={x} y={96} textAnchor="middle">
          {point.year}
        </text>
      </g>
    );
  });
}

/** Rank 1 at the top: a line that rises means the rank improved. */
function RankLine({ points, currentYear }: { points: IndexResult[]; currentYear: number }) {
  const worst = Math.max(2, ...points.map((p) => p.rank ?? 1));
  const y = (rank: number) => TOP + ((rank - 1) / (worst - 1)) * (BASELINE - 8 - TOP);
  const coords = points.map((p, i) => ({ point: p, x: slotCenter(i, points.length), y: y(p.rank ?? worst) }));
  return (
    <>
      <polyline className="index-chart__line" points={coords.map((c) => `${c.x},${c.y}`).join(' ')} />
      {coords.map(({ point, x, y: cy }) => (
        <g key={point.year} className={point.year === currentYear ? 'index-chart__bar index-chart__bar--current' : 'index-chart__bar'}>
          <circle cx={x} cy={cy} r={5} />
          <text className="index-chart__value" x={x} y={cy - 10} textAnchor="middle">
            {formatRankVi(point.rank ?? 0, point.rankOf)}
          </text>
          <text className="index-chart__year" x={x} y={96} textAnchor="middle">
            {point.year}
          </text>
        </g>
      ))}
    </>
  );
}

/** A small inline chart of one index over the years (no chart library). */
export function IndexTrendChart({ history, current }: Props) {
  const t = useStrings();
  const chart = chartOf(history, current);
  if (!chart) return null;
  const { kind, points } = chart;
  const currentYear = current.year;
  const title = kind === 'score' ? t.indexTrend : t.indexRankTrend;
  const width = Math.max(points.length, 3) * SLOT;
  return (
    <figure className="index-chart">
      <figcaption className="index-chart__title">{title}</figcaption>
      <svg className="index-chart__svg" viewBox={`0 0 ${width} 100`} role="img" aria-label={title}>
        <line className="index-chart__axis" x1={0} x2={width} y1={BASELINE} y2={BASELINE} />
        {kind === 'score' ? <ScoreBars points={points} currentYear={currentYear} /> : <RankLine points={points} currentYear={currentYear} />}
      </svg>
    </figure>
  );
}
