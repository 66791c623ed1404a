import { formatLongDateVi, formatNumberVi, formatShortDateVi } from '@bangtin/shared';
import { hoursText, ReportTables } from './ReportTables.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useI18n } from '../i18nContext.tsx';
import { periodFromSearch } from './period.ts';
import { useSchool, useTimeZone } from '../school.tsx';
import { useApi } from '../session.tsx';

/**
 * The printable summary for the school's yearly CCHC report: an A4 page in Vietnamese (print CSS hides the
 * console around it), with totals per content type and item, screens, days, and a signature block.
 */
export function ReportPrintPage() {
  const api = useApi();
  const { t } = useI18n();
  const school = useSchool();
  const timeZone = useTimeZone();
  const period = periodFromSearch(window.location.search, timeZone);
  const report = useLoad(JSON.stringify(period), () => api.reports.proof(period));
  const data = report.data;

  return (
    <article className="print-report" aria-labelledby="print-title" data-testid="print-report">
      <header className="print-report__head">
        <div>
          <p className="print-report__agency">{school?.parentAgency}</p>
          <p className="print-report__school">{school?.name}</p>
        </div>
        <div className="print-report__motto">
          <p>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="print-report__motto-sub">Độc lập – Tự do – Hạnh phúc</p>
        </div>
      </header>
      <h1 id="print-title">{t('reports.printTitle')}</h1>
      <p className="print-report__period">
        {t('reports.printPeriod', { from: formatShortDateVi(period.from), to: formatShortDateVi(period.to) })}
      </p>
      <button type="button" className="button button--primary no-print" onClick={() => window.print()}>
        {t('reports.printButton')}
      </button>
      {data === undefined ? (
        report.loading ? <Loading /> : <LoadFailure error={report.error} onRetry={report.retry} />
      ) : (
        <>
          <p data-testid="print-summary">
            {t('reports.printSummary', {
              screens: formatNumberVi(data.byScreen.length),
              items: formatNumberVi(data.byContent.length),
              hours: hoursText(data.totals.seconds),
              plays: formatNumberVi(data.totals.plays),
            })}
          </p>
          <p className="report-total">
            {t('reports.hours')}: <strong>{hoursText(data.totals.seconds)}</strong>
          </p>
          <ReportTables report={data} />
        </>
      )}
      <footer className="print-report__sign">
        <p className="print-report__date">{t('reports.printMade', { date: formatLongDateVi(new Date(), timeZone) })}</p>
        <div className="print-report__signers">
          {/* Who drew the report up, then the head who signs it off: each with room for a signature. */}
          {(['reports.printSigner', 'reports.printHead'] as const).map((role) => (
            <div key={role}>
              <p>
                <strong>{t(role)}</strong>
              </p>
              <p className="muted">{t('reports.printSign')}</p>
            </div>
          ))}
        </div>
      </footer>
    </article>
  );
}
