import { useState } from 'react';
import { hrefOf } from '../routes.ts';
import { hoursText, ReportTables } from './ReportTables.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useScreens } from '../screens/useScreens.ts';
import { useI18n } from '../i18nContext.tsx';
import { periodFromSearch } from './period.ts';
import { queryString } from '../api/opsClient.ts';
import { useTimeZone } from '../school.tsx';
import { useApi } from '../session.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { DateInput } from '../ui/date/DateInput.tsx';
import { isWholeDate } from '../ui/date/dateText.ts';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { AreaReportTable } from './AreaReportTable.tsx';
import { NamedOptions } from '../ui/form/Options.tsx';

/** Proof of display over a period: totals, tables, CSV export and the printable summary. */
export function ReportsPage() {
  const api = useApi();
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const screens = useScreens();
  const [form, setForm] = useState(() => periodFromSearch(window.location.search, timeZone));
  const [query, setQuery] = useState(form);
  const report = useLoad(JSON.stringify(query), () => api.reports.proof(query), { keepPrevious: true });

  const apply = () => {
    setQuery(form);
    window.history.replaceState(null, '', `${window.location.pathname}${queryString(form)}`);
  };

  return (
    <section className="list-page" aria-labelledby="reports-title">
      <PageHeader titleId="reports-title" title={t('reports.title')} intro={t('reports.intro')} />
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <LabelledControl id="report-from" label={t('common.from')}>
          <DateInput id="report-from" required value={form.from} onChange={(from) => {
            if (isWholeDate(from)) setForm({ ...form, from });
          }} />
        </LabelledControl>
        <LabelledControl id="report-to" label={t('common.to')}>
          <DateInput id="report-to" required value={form.to} onChange={(to) => {
            if (isWholeDate(to)) setForm({ ...form, to });
          }} />
        </LabelledControl>
        <LabelledControl id="report-screen" label={t('reports.screen')}>
          <select
            id="report-screen"
            value={form.screenId ?? ''}
            onChange={(e) => setForm({ from: form.from, to: form.to, ...(e.target.value ? { screenId: e.target.value } : {}) })}
          >
            <option value="">{t('reports.allScreens')}</option>
            <NamedOptions items={(screens.data ?? [])} />
          </select>
        </LabelledControl>
        <div className="filters__actions">
          <button type="submit" className="button button--primary" data-testid="report-show">
            {t('reports.show')}
          </button>
          <a className="button" href={api.reports.proofCsvHref(query)} download data-testid="report-csv">
            {t('common.csv')}
          </a>
          <a className="button" href={`${hrefOf({ page: 'reportPrint' })}${queryString(query)}`} target="_blank" rel="noreferrer">
            {t('reports.print')}
          </a>
        </div>
      </form>
      {report.data === undefined ? (
        report.loading ? <Loading /> : <LoadFailure error={report.error} onRetry={report.retry} />
      ) : report.data.totals.plays === 0 ? (
        <p className="empty">{t('reports.empty')}</p>
      ) : (
        <>
          <p className="report-total" data-testid="report-total">
            {t('reports.totalHours')}: <strong>{hoursText(report.data.totals.seconds)}</strong>
          </p>
          <AreaReportTable query={query} />
          <ReportTables report={report.data} />
        </>
      )}
    </section>
  );
}
