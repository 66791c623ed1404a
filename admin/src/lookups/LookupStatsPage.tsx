import { LoadStatus } from '../ui/Status.tsx';
import { numericColumn, TableHead } from '../ui/TableHead.tsx';
import { CountCell } from './CountCell.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { FailedSearchList } from './FailedSearchList.tsx';

/**
 * How often each procedure was opened on the reception look-up (last 7 and 30 days and in total), then what parents
 * searched for and did not find.
 */
export function LookupStatsPage() {
  const { t } = useI18n();
  const api = useApi();
  const stats = useLoad('lookups', () => Promise.all([api.lookups.list(), api.lookups.failedSearches()]));
  const [rows, failed] = stats.data ?? [];
  return (
    <section className="lookups-page" aria-labelledby="lookups-title">
      <PageHeader titleId="lookups-title" title={t('nav.lookups')} intro={t('lookups.intro')}>
        <button type="button" className="button" onClick={stats.retry} data-testid="lookups-refresh">
          {t('lookups.refresh')}
        </button>
      </PageHeader>
      <LoadStatus load={stats} />
      {rows?.length === 0 && <p className="empty">{t('lookups.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table className="content-table" aria-label={t('lookups.listLabel')} data-testid="lookups-table">
            <TableHead columns={[t('lookups.colProcedure'), t('lookups.colCode'), numericColumn(t('lookups.col7')), numericColumn(t('lookups.col30')), numericColumn(t('lookups.colTotal'))]} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.contentId} data-testid="lookups-row" data-code={row.code}>
                  <td className="content-table__title">{row.name}</td>
                  <td data-label={t('lookups.colCode')}>{row.code}</td>
                  <CountCell label={t('lookups.col7')} count={row.last7Days} />
                  <CountCell label={t('lookups.col30')} count={row.last30Days} />
                  <CountCell label={t('lookups.colTotal')} count={row.total} testId="lookups-total" />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {failed && <FailedSearchList rows={failed} />}
    </section>
  );
}
