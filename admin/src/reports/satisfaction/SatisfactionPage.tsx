import { calendarDate, formatNumberVi, formatShortDateVi, schoolYearLabel, schoolYearOf, schoolYearRange } from '@bangtin/shared';
import { useState } from 'react';
import { queryString } from '../../api/opsClient.ts';
import { Link } from '../../router.tsx';
import { useI18n } from '../../i18nContext.tsx';
import { useSchool, useTimeZone } from '../../school.tsx';
import { useApi } from '../../session.tsx';
import { DateInput } from '../../ui/date/DateInput.tsx';
import { isWholeDate } from '../../ui/date/dateText.ts';
import { Options } from '../../ui/form/Options.tsx';
import { LabelledControl } from '../../ui/form/LabelledControl.tsx';
import { useLoad } from '../../ui/hooks/useLoad.ts';
import { PageHeader } from '../../ui/layout/PageHeader.tsx';
import { LoadFailure, Loading } from '../../ui/Status.tsx';
import { periodFromSearch } from '../period.ts';
import { FactorBars, MonthlyTable, MonthlyTrend } from './SatisfactionCharts.tsx';

const YEARS_OFFERED = 4;

/**
 * "Mức độ hài lòng": the survey's index per factor and overall, for a school year (Sept–Aug) or any period, with the
 * formula stated, the monthly trend, CSV export, and a print view (the console's print CSS hides everything else).
 */
export function SatisfactionPage() {
  const api = useApi();
  const { t } = useI18n();
  const school = useSchool();
  const timeZone = useTimeZone();
  const currentYear = schoolYearOf(calendarDate(new Date(), timeZone));
  const [query, setQuery] = useState(() => {
    const search = new URLSearchParams(window.location.search);
    return search.has('from') ? periodFromSearch(window.location.search, timeZone) : schoolYearRange(currentYear);
  });
  const [form, setForm] = useState(query);
  const [slideId, setSlideId] = useState<string | null>(null);
  const report = useLoad(JSON.stringify(query), () => api.survey.report({ from: query.from, to: query.to }), { keepPrevious: true });
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => currentYear - i);
  const yearValue = years.find((y) => schoolYearRange(y).from === form.from && schoolYearRange(y).to === form.to);

  const apply = (next: { from: string; to: string }) => {
    setForm(next);
    setQuery(next);
    window.history.replaceState(null, '', `${window.location.pathname}${queryString(next)}`);
  };
  const data = report.data;

  return (
    <section className="list-page sat-page" aria-labelledby="satisfaction-title" data-testid="satisfaction-page">
      <div className="no-print">
        <PageHeader titleId="satisfaction-title" title={t('satisfaction.title')} intro={t('satisfaction.intro')} />
      </div>
      <form
        className="filters no-print"
        onSubmit={(event) => {
          event.preventDefault();
          apply({ from: form.from, to: form.to });
        }}
      >
        <LabelledControl id="sat-year" label={t('satisfaction.schoolYear')}>
          <select
            id="sat-year"
            value={yearValue ?? ''}
            onChange={(e) => (e.target.value ? apply(schoolYearRange(Number(e.target.value))) : undefined)}
            data-testid="satisfaction-year"
          >
            <Options values={years} label={schoolYearLabel} />
            <option value="">{t('satisfaction.customPeriod')}</option>
          </select>
        </LabelledControl>
        <LabelledControl id="sat-from" label={t('common.from')}>
          <DateInput id="sat-from" required value={form.from} onChange={(from) => isWholeDate(from) && setForm({ ...form, from })} />
        </LabelledControl>
        <LabelledControl id="sat-to" label={t('common.to')}>
          <DateInput id="sat-to" required value={form.to} onChange={(to) => isWholeDate(to) && setForm({ ...form, to })} />
        </LabelledControl>
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            {t('satisfaction.show')}
          </button>
          <a className="button" href={api.survey.csvHref(query)} download data-testid="satisfaction-csv">
            {t('common.csv')}
          </a>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('satisfaction.print')}
          </button>
        </div>
      </form>

      <header className="sat-print-head">
        <p className="sat-print-head__school">{school?.name}</p>
        <h2>{t('satisfaction.printTitle')}</h2>
        <p>{t('satisfaction.period', { from: formatShortDateVi(query.from), to: formatShortDateVi(query.to) })}</p>
      </header>

      <div className="sat-slide no-print">
        <p className="muted">{t('satisfaction.slideHint')}</p>
        {slideId ? (
          <p role="status" data-testid="satisfaction-slide-created">
            {t('satisfaction.slideCreated')}{' '}
            <Link to={{ page: 'contentEdit', type: 'indexResult', id: slideId }}>{t('satisfaction.openSlide')}</Link>
          </p>
        ) : (
          <button type="button" className="button" onClick={() => void api.survey.createSlide().then((r) => setSlideId(r.id))} data-testid="satisfaction-slide">
            {t('satisfaction.slide')}
          </button>
        )}
      </div>

      {data === undefined ? (
        report.loading ? <Loading /> : <LoadFailure error={report.error} onRetry={report.retry} />
      ) : (
        <>
          <p className="sat-formula" data-testid="satisfaction-formula">
            {data.formula}
          </p>
          {data.period.responses === 0 ? (
            <p className="empty">{t('satisfaction.empty')}</p>
          ) : (
            <>
              <p className="report-total" data-testid="satisfaction-total">
                {t('satisfaction.responses')}: <strong>{formatNumberVi(data.period.responses)}</strong>{' '}
                <span className="muted">({t('satisfaction.channels', { web: formatNumberVi(data.byChannel.web), kiosk: formatNumberVi(data.byChannel.kiosk) })})</span>
              </p>
              <div className="sat-grid">
                <FactorBars report={data} />
                <MonthlyTrend report={data} />
              </div>
              <MonthlyTable report={data} />
              <h3 className="no-print">{t('satisfaction.comments')}</h3>
              {data.comments.length === 0 ? (
                <p className="muted no-print">{t('satisfaction.commentsNone')}</p>
              ) : (
                <ul className="sat-comments no-print" data-testid="satisfaction-comments">
                  {data.comments.map((c, i) => (
                    <li key={`${c.date}-${i}`}>
                      <span className="muted">
                        {formatShortDateVi(c.date)}
                        {c.procedureCode ? ` · ${c.procedureCode}` : ''}
                      </span>{' '}
                      {c.text}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
