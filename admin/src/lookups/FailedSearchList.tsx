import type { FailedSearchStat } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { numericColumn, TableHead } from '../ui/TableHead.tsx';
import { CountCell } from './CountCell.tsx';

/**
 * "Tìm không thấy": what parents typed on the reception look-up and found nothing for (folded words, no identity),
 * most asked first — a procedure the office may need to publish, or a word to add to its name.
 */
export function FailedSearchList({ rows }: { rows: readonly FailedSearchStat[] }) {
  const { t } = useI18n();
  return (
    <section className="lookups-failed" aria-labelledby="lookups-failed-title" data-testid="failed-searches">
      <h2 id="lookups-failed-title">{t('lookups.failedTitle')}</h2>
      <p className="muted">{t('lookups.failedIntro')}</p>
      {rows.length === 0 ? (
        <p className="empty" data-testid="failed-searches-empty">
          {t('lookups.failedEmpty')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="content-table" aria-labelledby="lookups-failed-title">
            <TableHead columns={[t('lookups.colQuery'), numericColumn(t('lookups.col7')), numericColumn(t('lookups.col30'))]} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.query} data-testid="failed-search-row" data-query={row.query}>
                  <td className="content-table__title">
                    <q>{row.query}</q>
                  </td>
                  <CountCell label={t('lookups.col7')} count={row.last7Days} />
                  <CountCell label={t('lookups.col30')} count={row.last30Days} testId="failed-search-count" />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
