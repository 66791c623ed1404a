import type { ReactNode } from 'react';
import { allowedSteps, formatDateTimeVi, mayAssign, mayPublish, FEEDBACK_STATUS_LABELS, type ContentStatus, type FeedbackDetail } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';
import { useApi } from '../session.tsx';
import { FormAlert } from '../ui/form/FormAlert.tsx';
import { TextField } from '../ui/form/TextField.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useToast } from '../ui/Toast.tsx';
import { NamedOptions } from '../ui/form/Options.tsx';

/** The answer slide was sent back or archived: the office may write it again and send a new one. */
const SENT_BACK: readonly ContentStatus[] = ['rejected', 'archived', 'draft'];

interface Values {
  reason: string;
  to: string;
  reply: string;
  note: string;
  assigneeId: string;
  summary: string;
  answer: string;
  acknowledge: boolean;
}

const toValues = (d: FeedbackDetail | null): Values => ({
  reason: '',
  to: '',
  reply: '',
  note: '',
  assigneeId: d?.assigneeId ?? '',
  summary: d?.proposedSummary ?? '',
  answer: d?.proposedAnswer ?? d?.reply ?? '',
  acknowledge: false,
});

interface Props {
  stored: FeedbackDetail;
  /** The newest version (after a conflict). */
  reload: () => Promise<FeedbackDetail>;
  /** The facts above the steps, drawn from the version the form holds. */
  render: (detail: FeedbackDetail) => ReactNode;
}

/**
 * The handling steps on the form machine: each step sends the version it started from (a 409 shows the conflict banner
 * with "load the newest"), field errors come from the server's details, and the stored reply is adopted.
 */
export function FeedbackSteps({ stored: initial, reload, render }: Props) {
  const api = useApi();
  const { t, statusLabel } = useI18n();
  const toast = useToast();
  const timeZone = useTimeZone();
  const form = useVersionedForm({ stored: initial, toValues, conflictMessage: 'feedback.conflict', focusScope: '.feedback-steps', invalidMessage: null });
  const staff = useLoad('feedback-staff', () => api.feedback.staff());
  const detail = form.stored ?? initial;
  const { values, update, errors } = form;
  const steps = allowedSteps(detail.status);
  const act = (label: string, call: () => Promise<FeedbackDetail>) => void form.run(label, call, () => toast(t('feedback.saved')));
  const busy = form.saving !== null;
  const v = detail.version;

  const button = (label: string, testId: string, onClick: () => void, look = 'button') => (
    <button type="button" className={look} disabled={busy} onClick={onClick} data-testid={testId}>
      {label}
    </button>
  );

  return (
    <article className="feedback-detail" aria-labelledby="feedback-detail-title">
      {render(detail)}
      <section className="card feedback-steps" aria-labelledby="feedback-steps-title">
        <h2 id="feedback-steps-title">{t('feedback.steps')}</h2>
        <FormAlert message={form.formError} conflict={form.conflict} remoteVersion={null} onReload={() => void reload().then(form.adopt)} />
        <div className="feedback-actions">
          {steps.includes('receive') && button(t('feedback.receive'), 'step-receive', () => act('receive', () => api.feedback.receive(detail.id, v)), 'button button--primary')}
          {steps.includes('start') && button(t('feedback.start'), 'step-start', () => act('start', () => api.feedback.start(detail.id, v)), 'button button--primary')}
        </div>
        {steps.includes('reply') && (
          <div className="feedback-step">
            <TextField name="reply" label={t('feedback.replyText')} value={values.reply} onChange={(reply) => update({ reply })} error={errors.reply} rows={5} max={5000}
              hint={detail.hasEmail ? t('feedback.replyHintMail') : t('feedback.replyHintNoMail')} />
            {button(t('feedback.reply'), 'step-reply', () => act('reply', () => api.feedback.reply(detail.id, v, values.reply)), 'button button--primary')}
          </div>
        )}
        {steps.includes('reject') && (
          <div className="feedback-step">
            <TextField name="reason" label={t('feedback.rejectReason')} value={values.reason} onChange={(reason) => update({ reason })} error={errors.reason} rows={2} max={1000} />
            {button(t('feedback.reject'), 'step-reject', () => act('reject', () => api.feedback.reject(detail.id, v, values.reason)))}
          </div>
        )}
        {steps.includes('forward') && (
          <div className="feedback-step">
            <TextField name="to" label={t('feedback.forwardTo')} value={values.to} onChange={(to) => update({ to })} error={errors.to} max={300} />
            {button(t('feedback.forward'), 'step-forward', () => act('forward', () => api.feedback.forward(detail.id, v, values.to)))}
          </div>
        )}
        {mayAssign(detail.status) && (
          <div className="feedback-step feedback-step--inline">
            <label htmlFor="feedback-assign">{t('feedback.assignee')}</label>
            <select id="feedback-assign" value={values.assigneeId} onChange={(e) => update({ assigneeId: e.target.value })}>
              <option value="">{t('feedback.nobody')}</option>
              <NamedOptions items={(staff.data ?? [])} />
            </select>
            {button(t('feedback.assign'), 'step-assign', () => act('assign', () => api.feedback.assign(detail.id, v, values.assigneeId)))}
          </div>
        )}
        {mayPublish(detail.status) && (
          <div className="feedback-step feedback-publish">
            <h3>{t('feedback.publishTitle')}</h3>
            {detail.contentStatus && !SENT_BACK.includes(detail.contentStatus) ? (
              <p data-testid="feedback-slide-status">{t('feedback.slideStatus', { status: statusLabel(detail.contentStatus) })}</p>
            ) : (
              <>
                {detail.contentStatus && <p data-testid="feedback-slide-status">{t('feedback.slideStatus', { status: statusLabel(detail.contentStatus) })}</p>}
                <p className="muted">{t('feedback.publishIntro')}</p>
                <TextField name="summary" label={t('feedback.summary')} value={values.summary} onChange={(summary) => update({ summary })} error={errors.summary} rows={3} max={1000} />
                <TextField name="answer" label={t('feedback.answer')} value={values.answer} onChange={(answer) => update({ answer })} error={errors.answer} rows={4} max={3500} />
                {(errors.summary || errors.answer) && (
                  <label className="checkbox">
                    <input type="checkbox" checked={values.acknowledge} onChange={(e) => update({ acknowledge: e.target.checked })} data-testid="publish-acknowledge" /> {t('feedback.acknowledge')}
                  </label>
                )}
                {button(t('feedback.publish'), 'step-publish', () =>
                  act('publish', () => api.feedback.publish(detail.id, { baseVersion: v, summary: values.summary, answer: values.answer, ...(values.acknowledge ? { acknowledgeSenderMentions: true } : {}) })),
                  'button button--primary',
                )}
              </>
            )}
          </div>
        )}
        {(detail.publicAnswer && detail.status === 'published') && (
          <div className="feedback-step">
            <h3>{t('feedback.publicAnswer')}</h3>
            <p className="prewrap">{detail.publicSummary}</p>
            <p className="prewrap">{detail.publicAnswer}</p>
          </div>
        )}
        <div className="feedback-step">
          <TextField name="note" label={t('feedback.note')} value={values.note} onChange={(note) => update({ note })} error={errors.note} rows={2} max={2000} />
          {button(t('feedback.addNote'), 'step-note', () => act('note', () => api.feedback.note(detail.id, v, values.note)))}
        </div>
      </section>
      <section className="card" aria-labelledby="feedback-history-title">
        <h2 id="feedback-history-title">{t('feedback.history')}</h2>
        <ol className="feedback-history" data-testid="feedback-history">
          {[...detail.history].reverse().map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <span className="muted small">{formatDateTimeVi(new Date(event.at), timeZone)}{event.byName ? ` · ${event.byName}` : ''}</span>
              <div>
                {event.status && <strong>{FEEDBACK_STATUS_LABELS[event.status]}</strong>}
                {event.status && event.note ? ' — ' : ''}
                {event.note && <span className="prewrap">{event.note}</span>}
              </div>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
