import { hasRole, quizQuestionInput, type QuizQuestion, type QuizQuestionInput } from '@bangtin/shared';
import { useState } from 'react';
import { RejectSheet } from '../approvals/RejectSheet.tsx';
import { StatusBadge } from '../content/Badges.tsx';
import { useI18n } from '../i18nContext.tsx';
import { useRouter } from '../router.tsx';
import { useApi, useCurrentUser } from '../session.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { Field } from '../ui/form/Field.tsx';
import { TextField } from '../ui/form/TextField.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { validateWith } from '../ui/form/validation.ts';
import { ChoiceList } from './ChoiceList.tsx';
import { quizInputOf, quizValuesOf, type QuizValues } from './quizValues.ts';
import { useAreas } from '../areas/useAreas.ts';

interface QuizFormProps {
  stored: QuizQuestion | null;
  /** After every stored change (save, approve, archive…), so the list shows it. */
  onSaved: (saved: QuizQuestion) => void;
  onBack: () => void;
}

/**
 * One question on the console's one form machine: the shared schema checks it before sending, the server's field
 * errors land beside the inputs, a stale version is a conflict. Approval follows the content rules: editors save
 * drafts and send for approval; the principal (approver) approves, sends back with a reason, archives.
 */
export function QuizForm({ stored: initial, onSaved, onBack }: QuizFormProps) {
  const { t } = useI18n();
  const api = useApi();
  const approver = hasRole(useCurrentUser().role, 'approver');
  // The school's one list of reform areas (Cài đặt → Lĩnh vực CCHC), the same content is filed under.
  const { areas } = useAreas();
  const [rejecting, setRejecting] = useState(false);
  const [making, setMaking] = useState(false);
  const { navigate } = useRouter();
  const toast = useToast();
  const failure = useFailureMessage();
  const form = useVersionedForm<QuizQuestion, QuizValues>({
    stored: initial,
    toValues: quizValuesOf,
    conflictMessage: 'quiz.conflict',
    focusScope: '.quiz-form',
  });
  const { values, errors, update, stored } = form;
  const busy = form.saving !== null;

  const save = (status: QuizQuestionInput['status']) =>
    form.submit({
      label: status,
      check: (current, base) => validateWith(quizQuestionInput, quizInputOf(current, status, base), t),
      send: (input, base) => (base ? api.quiz.update(base.id, input) : api.quiz.create(input)),
      onSaved,
    });
  const change = (label: string, call: (q: QuizQuestion) => Promise<QuizQuestion>) => {
    if (stored) void form.run(label, () => call(stored), onSaved);
  };

  return (
    <form
      className="form-section quiz-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save('submitted');
      }}
      data-testid="quiz-form"
    >
      <div className="page-header">
        <h2 className="form-section__heading">{stored ? t('quiz.editTitle') : t('quiz.newTitle')}</h2>
        {stored && <StatusBadge status={stored.status} />}
      </div>
      {stored?.status === 'rejected' && stored.rejectionReason && (
        <p className="alert alert--error" data-testid="quiz-rejection">
          {t('quiz.rejectedBecause', { reason: stored.rejectionReason })}
        </p>
      )}
      {stored?.status === 'approved' && <p className="muted">{t('quiz.approvedLeaves')}</p>}
      {form.formError && (
        <p className="alert alert--error" role="alert" data-testid="quiz-error">
          {form.formError}
          {form.conflict && stored && (
            <button type="button" className="button button--small" onClick={onBack}>
              {t('quiz.back')}
            </button>
          )}
        </p>
      )}
      <TextField name="quiz-question" label={t('quiz.question')} rows={3} max={300} value={values.question} error={errors.question} onChange={(question) => update({ question })} />
      <ChoiceList choices={values.choices} correct={values.correct} errors={errors} onChange={update} />
      <TextField
        name="quiz-explanation"
        label={t('quiz.explanation')}
        rows={4}
        max={600}
        value={values.explanation}
        error={errors.explanation}
        onChange={(explanation) => update({ explanation })}
      />
      <TextField name="quiz-source" label={t('quiz.source')} hint={t('quiz.sourceHint')} max={300} value={values.source} error={errors.source} onChange={(source) => update({ source })} />
      <Field name="quiz-area" label={t('quiz.area')} error={errors.area}>
        {(control) => (
          <select {...control} value={values.area} onChange={(e) => update({ area: e.target.value })}>
            <option value="">{t('quiz.areaPick')}</option>
            {(areas ?? []).map((area) => (
              <option key={area.code} value={area.code}>
                {`${area.code} – ${area.short}`}
              </option>
            ))}
            {/* A question filed under an area since removed from the list keeps showing it until changed. */}
            {values.area && areas && !areas.some((a) => a.code === values.area) && <option value={values.area}>{values.area}</option>}
          </select>
        )}
      </Field>
      <label className="choice">
        <input type="checkbox" checked={values.sample} onChange={(e) => update({ sample: e.target.checked })} data-testid="quiz-sample" />
        <span>{t('quiz.sample')}</span>
      </label>
      <div className="button-row">
        <button type="button" className="button" onClick={onBack} disabled={busy} data-testid="quiz-back">
          {t('quiz.back')}
        </button>
        {(stored?.status !== 'approved' || approver) && (
          <button type="button" className="button" onClick={() => void save('draft')} disabled={busy} data-testid="quiz-save-draft">
            {form.saving === 'draft' ? t('quiz.saving') : t('quiz.saveDraft')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="quiz-submit">
          {form.saving === 'submitted' ? t('quiz.saving') : t('quiz.submit')}
        </button>
        {approver && (
          <button type="button" className="button button--primary" onClick={() => void save('approved')} disabled={busy} data-testid="quiz-publish">
            {form.saving === 'approved' ? t('quiz.saving') : t('quiz.publish')}
          </button>
        )}
      </div>
      {stored && (
        <div className="button-row">
          {approver && stored.status === 'submitted' && !form.dirty && (
            <>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => change('approve', (q) => api.quiz.approve(q.id, q.version))} data-testid="quiz-approve">
                {t('quiz.approve')}
              </button>
              <button type="button" className="button button--danger" disabled={busy} onClick={() => setRejecting(true)} data-testid="quiz-reject">
                {t('quiz.reject')}
              </button>
            </>
          )}
          {stored.status !== 'archived' && (stored.status !== 'approved' || approver) && (
            <button type="button" className="button" disabled={busy} onClick={() => change('archive', (q) => api.quiz.setStatus(q.id, 'archived', q.version))} data-testid="quiz-archive">
              {t('quiz.archive')}
            </button>
          )}
          {stored.status === 'approved' && !form.dirty && (
            <button
              type="button"
              className="button"
              disabled={busy || making}
              onClick={() => {
                setMaking(true);
                api.quiz.makeSlide(stored.id).then(
                  (slide) => {
                    toast(t('quiz.slideMade'));
                    void navigate({ page: 'contentEdit', type: slide.type, id: slide.id });
                  },
                  (error: unknown) => {
                    setMaking(false);
                    toast(failure(error), 'error');
                  },
                );
              }}
              data-testid="quiz-make-slide"
            >
              {t('quiz.makeSlide')}
            </button>
          )}
          {stored.status === 'archived' && (
            <button type="button" className="button" disabled={busy} onClick={() => change('restore', (q) => api.quiz.setStatus(q.id, 'draft', q.version))} data-testid="quiz-restore">
              {t('quiz.restore')}
            </button>
          )}
        </div>
      )}
      {rejecting && stored && (
        <RejectSheet
          label={stored.question}
          busy={busy}
          onClose={() => setRejecting(false)}
          onSend={(reason) => {
            setRejecting(false);
            change('reject', (q) => api.quiz.reject(q.id, reason, q.version));
          }}
        />
      )}
    </form>
  );
}
