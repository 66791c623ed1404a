import type { ReactNode } from 'react';
import { formatNumberVi, formatShortDateVi, type ContentType, type ProofReport } from '@bangtin/shared';
import { numericColumn, TableHead } from '../ui/TableHead.tsx';
import { useI18n } from '../i18nContext.tsx';
import { EmergencyReportTable } from '../emergency/EmergencyReportTable.tsx';

export const hoursText = (seconds: number) => formatNumberVi(seconds / 3600, 2);

/** The report's tables: by type, content item, screen, day (shared by the page and the printable summary). */
/** A report column of numbers (right-aligned). */
export const numberColumn = (label: string) => numericColumn(label, 'num');

/** Plays and hours, the two figures every report row ends with. */
export function PlayFigures({ plays, seconds }: { plays: number; seconds: number }) {
  return (
    <>
      <td className="num">{formatNumberVi(plays)}</td>
      <td className="num">{hoursText(seconds)}</td>
    </>
  );
}

interface FigureTableProps<R> {
  title: string;
  testId: string;
  /** The headings before plays and hours. */
  columns: readonly string[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** The cells before plays and hours. */
  cells: (row: R) => ReactNode;
}

/** One table of the report: a heading, the row's own columns, then plays and hours. */
function FigureTable<R extends { plays: number; seconds: number }>({ title, testId, columns, rows, rowKey, cells }: FigureTableProps<R>) {
  const { t } = useI18n();
  return (
    <>
      <h2>{title}</h2>
      <table className="report-table" data-testid={testId}>
        <TableHead columns={[...columns, numberColumn(t('reports.plays')), numberColumn(t('reports.hours'))]} />
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {cells(r)}
              <PlayFigures plays={r.plays} seconds={r.seconds} />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The report's tables: by type, content item, screen, day (shared by the page and the printable summary). */
export function ReportTables({ report }: { report: ProofReport }) {
  const { t, typeLabel } = useI18n();
  const typeText = (type: ContentType | null) => (type ? typeLabel(type) : t('reports.deleted'));
  return (
    <>
      <FigureTable
        title={t('reports.byType')}
        testId="report-by-type"
        columns={[t('reports.type')]}
        rows={report.byType}
        rowKey={(r) => r.type ?? 'deleted'}
        cells={(r) => <td>{typeText(r.type)}</td>}
      />
      <FigureTable
        title={t('reports.byContent')}
        testId="report-by-content"
        columns={[t('reports.content'), t('reports.type')]}
        rows={report.byContent}
        rowKey={(r) => r.contentId}
        cells={(r) => (
          <>
            <td>{r.label}</td>
            <td>{typeText(r.type)}</td>
          </>
        )}
      />
      <h2>{t('reports.byScreen')}</h2>
      <table className="report-table" data-testid="report-by-screen">
        <TableHead columns={[t('reports.screen'), numberColumn(t('reports.plays')), numberColumn(t('reports.hours')), numberColumn(t('reports.pairedHours'))]} />
        <tbody>
          {report.byScreen.map((r) => (
            <tr key={r.screenId}>
              <td>{r.name}</td>
              <PlayFigures plays={r.plays} seconds={r.seconds} />
              <td className="num" data-testid="report-paired-hours">
                {hoursText(r.pairedSeconds)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note">{t('reports.pairedNote')}</p>
      <FigureTable
        title={t('reports.byDay')}
        testId="report-by-day"
        columns={[t('reports.day')]}
        rows={report.byDay}
        rowKey={(r) => r.date}
        cells={(r) => <td>{formatShortDateVi(r.date)}</td>}
      />
      <EmergencyReportTable notices={report.emergencies} />
    </>
  );
}
