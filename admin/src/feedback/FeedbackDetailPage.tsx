import { FEEDBACK_STATUS_LABELS, FEEDBACK_SUBJECT_LABELS, formatDateTimeVi, formatShortDateVi, type FeedbackDetail } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { Link } from '../router.tsx';
import { useTimeZone } from '../school.tsx';
import { useApi } from '../session.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { deadlineText } from './deadlineText.ts';
import { FeedbackSteps } from './FeedbackSteps.tsx';
import { SenderPanel } from './SenderPanel.tsx';

/** One feedback: what was sent, the deadline, the sender (hidden until asked, audited), the steps and the history. */
export function FeedbackDetailPage({ id }: { id: string }) {
  const api = useApi();
  const loaded = useLoad(`feedback:${id}`, () => api.feedback.get(id));
  if (loaded.data === undefined) return loaded.loading ? <Loading /> : <LoadFailure error={loaded.error} onRetry={loaded.retry} />;
  return <FeedbackSteps stored={loaded.data} reload={() => api.feedback.get(id)} render={(detail) => <Summary detail={detail} />} />;
}

/** The facts of the item, above the steps (re-rendered with each stored version). */
function Summary({ detail }: { detail: FeedbackDetail }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  return (
    <>
      <p>
        <Link to={{ page: 'feedbackInbox' }}>{t('feedback.back')}</Link>
      </p>
      <header className="page-header">
        <h1 id="feedback-detail-title">
          {detail.code} <span className={`status-chip status-chip--${detail.status}`} data-testid="feedback-status">{FEEDBACK_STATUS_LABELS[detail.status]}</span>
        </h1>
      </header>
      <dl className="feedback-facts">
        <dt>{t('feedback.subject')}</dt>
        <dd>{FEEDBACK_SUBJECT_LABELS[detail.subject]}</dd>
        <dt>{t('feedback.received')}</dt>
        <dd>{formatDateTimeVi(new Date(detail.createdAt), timeZone)}</dd>
        <dt>{t('feedback.due')}</dt>
        <dd className={`deadline deadline--${detail.deadline}`} data-testid="feedback-due">
          {detail.dueDate ? `${formatShortDateVi(detail.dueDate)} · ` : ''}
          {deadlineText(detail, t)}
        </dd>
        <dt>{t('feedback.assignee')}</dt>
        <dd>{detail.assigneeName ?? t('feedback.nobody')}</dd>
      </dl>
      <section className="card feedback-content" aria-label={t('feedback.content')}>
        <h2>{t('feedback.content')}</h2>
        <p className="prewrap">{detail.content}</p>
      </section>
      <SenderPanel detail={detail} />
    </>
  );
}
