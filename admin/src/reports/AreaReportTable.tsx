import type { ProofReportQuery } from '@bangtin/shared';
import { TableHead } from '../ui/TableHead.tsx';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { hoursText, numberColumn, PlayFigures } from './ReportTables.tsx';

/** "tháng 11/2026" from 2026-11. */
const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/**
 * Báo cáo trình chiếu → time on screen per reform area: one row per area, hours on each screen and in each month of
 * the period, plays and total (GET /api/reports/areas).
 */
export function AreaReportTable({ query }: { query: ProofReportQuery }) {
  const api = useApi();
  const { t } = useI18n();
  const loaded = useLoad(`areas-${JSON.stringify(query)}`, () => api.areas.report(query), { keepPrevious: true });
  const report = loaded.data;
  if (!report) return loaded.loading ? <Loading /> : <LoadFailure error={loaded.error} onRetry={loaded.retry} />;
  const screens = [...new Map(report.byScreen.map((r) => [r.screenId, r.screenName])).entries()];
  const months = [...new Set(report.byMonth.map((r) => r.month))].sort();
  const key = (area: string | null, column: string) => JSON.stringify([area, column]);
  const seconds = new Map([...report.byScreen.map((r) => [key(r.area, `s:${r.screenId}`), r.seconds] as const), ...report.byMonth.map((r) => [key(r.area, `m:${r.month}`), r.seconds] as const)]);
  const cell = (area: string | null, column: string) => hoursText(seconds.get(key(area, column)) ?? 0);
  return (
    <>
      <h2 id="report-areas">{t('report.areasTitle')}</h2>
      <p className="report-note">{t('report.areasNote')}</p>
      <div className="table-scroll">
        <table className="report-table report-table--areas" aria-labelledby="report-areas" data-testid="report-by-area">
          <TableHead
            columns={[
              t('report.area'),
              ...screens.map(([, name]) => numberColumn(name)),
              ...months.map((m) => numberColumn(`${t('report.month')} ${monthText(m)}`)),
              numberColumn(t('reports.plays')),
              numberColumn(t('reports.hours')),
            ]}
          />
          <tbody>
            {report.byArea.map((row) => (
              <tr key={row.area ?? 'none'} data-testid="report-area-row">
                <th scope="row">{row.area === null ? row.label : `${row.area} · ${row.label}`}</th>
                {screens.map(([id]) => (
                  <td className="num" key={id}>
                    {cell(row.area, `s:${id}`)}
                  </td>
                ))}
                {months.map((m) => (
                  <td className="num" key={m}>
                    {cell(row.area, `m:${m}`)}
                  </td>
                ))}
                <PlayFigures plays={row.plays} seconds={row.seconds} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('report.areaTotal')}</th>
              {screens.map(([id]) => (
                <td key={id} />
              ))}
              {months.map((m) => (
                <td key={m} />
              ))}
              <PlayFigures plays={report.totals.plays} seconds={report.totals.seconds} />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
