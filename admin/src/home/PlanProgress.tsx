import { formatNumberVi, formatPercentVi, formatShortDateVi, type PlanReport } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';

type Line = PlanReport['areas'][number];

/** A line has something to measure when the plan gave it a target. */
const planned = (line: Line) => line.screenHours.target !== null || line.newItems.target !== null;

const ratio = (actual: number | null, target: number | null) => (target && actual !== null ? actual / target : null);

/** Tổng quan → progress of the year's communication plan, area by area (hours on screen, new items). */
export function PlanProgress() {
  const api = useApi();
  const { t } = useI18n();
  const year = new Date().getFullYear();
  const report = useLoad(`plan-progress-${year}`, () => api.plans.report(year));
  const data = report.data;
  const lines = data?.areas.filter(planned) ?? [];
  return (
    <section className="home-card" aria-labelledby="home-plan" data-testid="home-plan">
      <h2 id="home-plan">{t('plan.progressTitle', { year })}</h2>
      {data === undefined ? (
        <p className="muted">{report.loading ? t('app.loading') : t('error.generic')}</p>
      ) : lines.length === 0 ? (
        <p>
          {t('plan.none', { year })}{' '}
          <Link to={{ page: 'plan' }} data-testid="home-plan-open">
            {t('plan.open')}
          </Link>
        </p>
      ) : (
        <>
          <p className="muted">{t('plan.asOf', { date: formatShortDateVi(data.asOf) })}</p>
          <ul className="plan-progress">
            {lines.map((line) => {
              const hours = ratio(line.screenHours.actual, line.screenHours.target);
              return (
                <li key={line.area} data-testid="home-plan-area">
                  <div className="plan-progress__head">
                    <strong title={line.label}>
                      {line.area} · {line.short}
                    </strong>
                    {hours !== null && <span>{t('plan.percent', { percent: formatPercentVi(Math.round(hours * 100)) })}</span>}
                  </div>
                  {line.screenHours.target !== null && (
                    <progress className="plan-progress__bar" max={line.screenHours.target} value={Math.min(line.screenHours.actual ?? 0, line.screenHours.target)} aria-label={`${line.short}: ${t('plan.hoursPerQuarter')}`} />
                  )}
                  <p className="plan-progress__figures">
                    {line.screenHours.target !== null
                      ? t('plan.progressHours', { actual: formatNumberVi(line.screenHours.actual ?? 0, 1), target: formatNumberVi(line.screenHours.target) })
                      : t('plan.hoursOnly', { actual: formatNumberVi(line.screenHours.actual ?? 0, 1) })}
                    {' · '}
                    {line.newItems.target !== null
                      ? t('plan.progressItems', { actual: formatNumberVi(line.newItems.actual ?? 0), target: formatNumberVi(line.newItems.target) })
                      : t('plan.itemsOnly', { actual: formatNumberVi(line.newItems.actual ?? 0) })}
                  </p>
                </li>
              );
            })}
          </ul>
          <p>
            <Link to={{ page: 'plan' }}>{t('nav.plan')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
