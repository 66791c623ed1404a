import { formatPercentVi, SURVEY_FACTOR_LABELS, SURVEY_FACTORS, type SatisfactionReport } from '@bangtin/shared';
import { useI18n } from '../../i18nContext.tsx';

const pct = (value: number | null) => (value === null ? '—' : formatPercentVi(value, 2));

/** One horizontal bar per factor (plain CSS widths; prints as it shows). */
export function FactorBars({ report }: { report: SatisfactionReport }) {
  const { t } = useI18n();
  const rows = [...SURVEY_FACTORS.map((f) => [f, SURVEY_FACTOR_LABELS[f].group] as const), ['overall', t('satisfaction.overall')] as const];
  return (
    <table className="sat-bars" data-testid="satisfaction-bars">
      <caption>{t('satisfaction.byFactor')}</caption>
      <tbody>
        {rows.map(([key, label]) => {
          const value = report.period.index[key];
          return (
            <tr key={key} className={key === 'overall' ? 'sat-bars__overall' : undefined} data-factor={key}>
              <th scope="row">{label}</th>
              <td className="sat-bars__track">
                <span className="sat-bars__bar" style={{ width: `${value ?? 0}%` }} />
              </td>
              <td className="sat-bars__value">{pct(value)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const W = 720;
const H = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };

/** The overall index month by month: a plain SVG line (months without responses leave a gap), the figures below. */
export function MonthlyTrend({ report }: { report: SatisfactionReport }) {
  const { t } = useI18n();
  const months = report.months;
  const step = months.length > 1 ? (W - PAD.left - PAD.right) / (months.length - 1) : 0;
  const x = (i: number) => PAD.left + i * step;
  const y = (v: number) => PAD.top + (1 - v / 100) * (H - PAD.top - PAD.bottom);
  const segments: string[] = [];
  let current = '';
  months.forEach((m, i) => {
    const v = m.index.overall;
    if (v === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <figure className="sat-trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('satisfaction.chartLabel')} data-testid="satisfaction-trend">
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="sat-trend__grid" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="sat-trend__axis">
              {v}%
            </text>
          </g>
        ))}
        {segments.map((d) => (
          <path key={d} d={d} className="sat-trend__line" />
        ))}
        {months.map((m, i) =>
          m.index.overall === null ? null : <circle key={m.month} cx={x(i)} cy={y(m.index.overall)} r={4} className="sat-trend__dot" />,
        )}
        {months.map((m, i) => (
          <text key={m.month} x={x(i)} y={H - 12} textAnchor="middle" className="sat-trend__axis">
            {`${m.month.slice(5)}/${m.month.slice(2, 4)}`}
          </text>
        ))}
      </svg>
    </figure>
  );
}

/** The figures behind the chart: each month's responses and index per factor. */
export function MonthlyTable({ report }: { report: SatisfactionReport }) {
  const { t } = useI18n();
  return (
    <table className="report-table sat-table" data-testid="satisfaction-months">
      <caption>{t('satisfaction.trend')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('satisfaction.month')}</th>
          <th scope="col">{t('satisfaction.responses')}</th>
          {SURVEY_FACTORS.map((f) => (
            <th key={f} scope="col">
              {SURVEY_FACTOR_LABELS[f].group}
            </th>
          ))}
          <th scope="col">{t('satisfaction.overall')}</th>
        </tr>
      </thead>
      <tbody>
        {report.months.map((m) => (
          <tr key={m.month}>
            <th scope="row">{`${m.month.slice(5)}/${m.month.slice(0, 4)}`}</th>
            <td>{m.responses}</td>
            {SURVEY_FACTORS.map((f) => (
              <td key={f}>{pct(m.index[f])}</td>
            ))}
            <td>
              <strong>{pct(m.index.overall)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
