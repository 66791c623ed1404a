import { formatNumberVi, formatShortDateVi, type ProofReport } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { EmergencyReportTable } from '../emergency/EmergencyReportTable.tsx';

export const hoursText = (seconds: number) => formatNumberVi(seconds / 3600, 2);

/** The report's tables: by type, content item, screen, day (shared by the page and the printable summary). */
export function ReportTables({ report }: { report: ProofReport }) {
  const { t, typeLabel } = useI18n();
  const head = (first: string, second?: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {second && <th scope="col">{second}</th>}
        <th scope="col" className="num">
          {t('reports.plays')}
        </th>
        <th scope="col" className="num">
          {t('reports.hours')}
        </th>
      </tr>
    </thead>
  );
  const nums = (r: { plays: number; seconds: number }) => (
    <>
      <td className="num">{formatNumberVi(r.plays)}</td>
      <td className="num">{hoursText(r.seconds)}</td>
    </>
  );
  return (
    <>
      <h2>{t('reports.byType')}</h2>
      <table className="report-table" data-testid="report-by-type">
        {head(t('reports.type'))}
        <tbody>
          {report.byType.map((r) => (
            <tr key={r.type ?? 'deleted'}>
              <td>{r.type ? typeLabel(r.type) : t('reports.deleted')}</td>
              {nums(r)}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('reports.byContent')}</h2>
      <table className="report-table" data-testid="report-by-content">
        {head(t('reports.content'), t('reports.type'))}
        <tbody>
          {report.byContent.map((r) => (
            <tr key={r.contentId}>
              <td>{r.label}</td>
              <td>{r.type ? typeLabel(r.type) : t('reports.deleted')}</td>
              {nums(r)}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('reports.byScreen')}</h2>
      <table className="report-table" data-testid="report-by-screen">
        <thead>
          <tr>
            <th scope="col">{t('reports.screen')}</th>
            <th scope="col" className="num">
              {t('reports.plays')}
            </th>
            <th scope="col" className="num">
              {t('reports.hours')}
            </th>
            <th scope="col" className="num">
              {t('reports.pairedHours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.byScreen.map((r) => (
            <tr key={r.screenId}>
              <td>{r.name}</td>
              {nums(r)}
              <td className="num" data-testid="report-paired-hours">
                {hoursText(r.pairedSeconds)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note">{t('reports.pairedNote')}</p>
      <h2>{t('reports.byDay')}</h2>
      <table className="report-table" data-testid="report-by-day">
        {head(t('reports.day'))}
        <tbody>
          {report.byDay.map((r) => (
            <tr key={r.date}>
              <td>{formatShortDateVi(r.date)}</td>
              {nums(r)}
            </tr>
          ))}
        </tbody>
      </table>
      <EmergencyReportTable notices={report.emergencies} />
    </>
  );
}
