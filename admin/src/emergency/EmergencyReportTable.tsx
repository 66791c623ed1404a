import { formatDateTimeVi, type ProofReport } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';
import { TableHead } from '../ui/TableHead.tsx';

/** The proof report's emergency notices: when, where, and the whole text the screens showed. */
export function EmergencyReportTable({ notices }: { notices: ProofReport['emergencies'] }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  if (notices.length === 0) return null;
  const at = (iso: string) => formatDateTimeVi(new Date(iso), timeZone);
  return (
    <>
      <h2>{t('emergency.reportTitle')}</h2>
      <table className="report-table" data-testid="report-emergencies">
        <TableHead columns={[t('emergency.reportWhen'), t('emergency.reportWhere'), t('emergency.reportText')]} />
        <tbody>
          {notices.map((n) => (
            <tr key={n.id}>
              <td>
                {at(n.startedAt)} – {at(n.endedAt)} · {n.startedBy}
              </td>
              <td>{n.screens.join(', ')}</td>
              <td>
                <strong>{n.title}</strong>
                {n.body && <span className="emergency-card__body"> — {n.body}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
