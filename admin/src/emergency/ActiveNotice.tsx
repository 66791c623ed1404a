import { formatDateTimeVi, formatTimeVi, type EmergencyStatus, type Screen } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { describeMinutes } from '../schedule/describe.ts';

interface ActiveNoticeProps {
  status: EmergencyStatus;
  screens: readonly Screen[];
  now: number;
  timeZone: string;
  clearing: boolean;
  /** Null for editors (only approvers and admins may end a notice). */
  onClear: (() => void) | null;
}

/** One notice on the air: what, since when, time left, and which screens have confirmed they show it. */
export function ActiveNotice({ status, screens, now, timeZone, clearing, onClear }: ActiveNoticeProps) {
  const { t } = useI18n();
  const { notice } = status;
  const left = Math.max(0, Math.ceil((Date.parse(notice.expiresAt) - now) / 60_000));
  const acked = new Map(status.acknowledged.map((a) => [a.screenId, a.at] as const));
  const nameOf = (id: string) => screens.find((s) => s.id === id)?.name ?? id;

  return (
    <article className={`emergency-card emergency-card--${notice.level}`} data-testid="emergency-active" data-id={notice.id}>
      <header className="emergency-card__header">
        <span className={`badge emergency-level emergency-level--${notice.level}`}>{t(`emergency.level.${notice.level}`)}</span>
        <h3 className="emergency-card__title">{notice.title}</h3>
      </header>
      {notice.body && <p className="emergency-card__body">{notice.body}</p>}
      <p className="muted">
        {t('emergency.startedBy', { user: notice.startedBy, time: formatDateTimeVi(new Date(notice.startedAt), timeZone) })}
        {' · '}
        <strong data-testid="emergency-left">
          {t('emergency.timeLeft', { left: describeMinutes(left, t), until: formatDateTimeVi(new Date(notice.expiresAt), timeZone) })}
        </strong>
      </p>
      <p className="emergency-card__acks-title" aria-live="polite" data-testid="emergency-ack-count">
        {t('emergency.ackCount', { acked: acked.size, total: status.targetScreenIds.length })}
      </p>
      <ul className="emergency-acks">
        {status.targetScreenIds.map((id) => {
          const at = acked.get(id);
          return (
            <li key={id} className={at ? 'emergency-acks__ok' : 'emergency-acks__waiting'} data-testid="emergency-ack" data-screen={id} data-acked={at ? 'yes' : 'no'}>
              <span aria-hidden="true">{at ? '✓' : '…'}</span> {nameOf(id)}{' '}
              <span className="muted">{at ? t('emergency.ackAt', { time: formatTimeVi(new Date(at), timeZone) }) : t('emergency.ackWaiting')}</span>
            </li>
          );
        })}
      </ul>
      {onClear && (
        <div className="button-row">
          <button type="button" className="button button--danger" disabled={clearing} onClick={onClear} data-testid="emergency-clear">
            {clearing ? t('emergency.clearing') : t('emergency.clear')}
          </button>
        </div>
      )}
    </article>
  );
}
