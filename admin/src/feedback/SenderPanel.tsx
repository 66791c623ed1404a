import { useState } from 'react';
import { formatDateTimeVi, type FeedbackDetail, type FeedbackSender } from '@bangtin/shared';
import { useTimeZone } from '../school.tsx';
import { usePageKit } from '../ui/hooks/usePageKit.ts';

/**
 * The sender's details stay hidden until someone asks; each look is audited on the server (`feedback.sender.viewed`)
 * and listed here from the audit log, so the office sees who looked.
 */
export function SenderPanel({ detail }: { detail: FeedbackDetail }) {
  const { api, t, toast, failureMessage } = usePageKit();
  const timeZone = useTimeZone();
  const [sender, setSender] = useState<FeedbackSender | null>(null);
  const [views, setViews] = useState(detail.senderViews);
  const reveal = async () => {
    try {
      setSender(await api.feedback.sender(detail.id));
      setViews((await api.feedback.get(detail.id)).senderViews);
    } catch (error) {
      toast(failureMessage(error), 'error');
    }
  };
  const rows: [string, string][] = sender
    ? [
        [t('feedback.name'), sender.name],
        [t('feedback.address'), sender.address],
        [t('feedback.phone'), sender.phone],
        [t('feedback.email'), sender.email],
      ]
    : [];
  return (
    <section className="card feedback-sender" aria-labelledby="feedback-sender-title">
      <h2 id="feedback-sender-title">{t('feedback.sender')}</h2>
      {detail.senderPurged ? (
        <p className="muted">{t('feedback.senderPurged')}</p>
      ) : sender ? (
        <dl className="feedback-facts" data-testid="feedback-sender">
          {rows.filter(([, value]) => value).map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <>
          <p className="muted">{t('feedback.senderHidden')}</p>
          <button type="button" className="button" onClick={() => void reveal()} data-testid="feedback-sender-show">
            {t('feedback.senderShow')}
          </button>
        </>
      )}
      <h3>{t('feedback.senderViews')}</h3>
      {views.length === 0 ? (
        <p className="muted">{t('feedback.senderNeverViewed')}</p>
      ) : (
        <ul data-testid="feedback-sender-views">
          {views.map((v) => (
            <li key={`${v.at}-${v.actor}`}>
              {v.actor} — {formatDateTimeVi(new Date(v.at), timeZone)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
