import { FitText } from '../slides/FitText.tsx';
import { formatDateTimeVi, formatShortDateVi, formatTimeVi, type PublicEmergency } from '@bangtin/shared';
import { useEffect, useState } from 'react';
import { useStrings } from '../i18n.ts';

interface Props {
  notice: PublicEmergency;
  schoolName: string;
  timeZone: string;
  /** Called once per notice when it is on screen. */
  onShown: (emergencyId: string) => void;
}

/** Same calendar day as now → "07:02"; otherwise the full date and time. */
function when(iso: string, timeZone: string): string {
  const at = new Date(iso);
  const sameDay = formatShortDateVi(at, timeZone) === formatShortDateVi(new Date(), timeZone);
  return sameDay ? formatTimeVi(at, timeZone) : formatDateTimeVi(at, timeZone);
}

/** The end always carries its date ("17:00 ngày 05/12/2026"): a notice may run up to three days. */
const until = (iso: string, timeZone: string) => `${formatTimeVi(new Date(iso), timeZone)} ngày ${formatShortDateVi(new Date(iso), timeZone)}`;

/**
 * Thông báo khẩn: over everything, readable from the gate, in the level's colours (all ≥ 7:1 contrast). It leaves by
 * itself at its expiry even with the network down; the server clears it too.
 */
export function EmergencyOverlay({ notice, schoolName, timeZone, onShown }: Props) {
  const t = useStrings();
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    onShown(notice.id);
  }, [notice.id, onShown]);

  useEffect(() => {
    const left = Date.parse(notice.expiresAt) - Date.now();
    if (left > 2 ** 31 - 1) return undefined;
    const timer = window.setTimeout(() => setExpired(true), Math.max(0, left));
    return () => window.clearTimeout(timer);
  }, [notice.expiresAt]);

  if (expired) return null;
  return (
    <div
      className={`emergency emergency--${notice.level}`}
      data-testid="emergency-overlay"
      data-emergency-id={notice.id}
      role="alert"
      aria-live="assertive"
    >
      <p className="emergency__label">{t.emergencyLabel}</p>
      {/* Title and body shrink together until they fit between the badge and the footer, whatever the orientation. */}
      <FitText className="emergency__text" minScale={0.3} maxScale={1} contentKey={`${notice.id}|${notice.title}|${notice.body}`}>
        <h1 className="emergency__title">{notice.title}</h1>
        {notice.body && <p className="emergency__body">{notice.body}</p>}
      </FitText>
      <p className="emergency__meta">
        <span>{schoolName}</span>
        <span>{t.emergencyIssued(when(notice.startedAt, timeZone))}</span>
        <span>{t.emergencyUntil(until(notice.expiresAt, timeZone))}</span>
      </p>
    </div>
  );
}
