import { formatNumberVi } from '@bangtin/shared';
import { LoadFailure, Loading } from '../ui/Status.tsx';
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
      {stats.loading && <Loading />}
      {stats.error !== undefined && <LoadFailure error={stats.error} onRetry={stats.retry} />}
      {rows?.length === 0 && <p className="empty">{t('lookups.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table className="content-table" aria-label={t('lookups.listLabel')} data-testid="lookups-table">
            <thead>
              <tr>
                <th scope="col">{t('lookups.colProcedure')}</th>
                <th scope="col">{t('lookups.colCode')}</th>
                <th scope="col" className="numeric">
                  {t('lookups.col7')}
                </th>
                <th scope="col" className="numeric">
                  {t('lookups.col30')}
                </th>
                <th scope="col" className="numeric">
                  {t('lookups.colTotal')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.contentId} data-testid="lookups-row" data-code={row.code}>
                  <td className="content-table__title">{row.name}</td>
                  <td data-label={t('lookups.colCode')}>{row.code}</td>
                  <td className="numeric" data-label={t('lookups.col7')}>
                    {formatNumberVi(row.last7Days)}
                  </td>
                  <td className="numeric" data-label={t('lookups.col30')}>
                    {formatNumberVi(row.last30Days)}
                  </td>
                  <td className="numeric" data-label={t('lookups.colTotal')} data-testid="lookups-total">
                    {formatNumberVi(row.total)}
                  </td>
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
