import { emergencyInput, emergencyLevel, type EmergencyLevel, type EmergencyStatus, type EmergencyTemplate, type Screen, type UnitAudience } from '@bangtin/shared';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { validateWith } from '../ui/form/validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { describeMinutes } from '../schedule/describe.ts';
import { useApi } from '../session.tsx';
import { useTimeZone } from '../school.tsx';
import { NoticePreview } from './NoticePreview.tsx';
import { useConfirm } from '../ui/ConfirmDialog.tsx';
import { Field } from '../ui/form/Field.tsx';
import { ScreensPicker } from '../ui/form/ScreensPicker.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { WardAudience } from '../units/audience/WardAudience.tsx';

interface EmergencyFormProps {
  template: EmergencyTemplate | null;
  screens: Screen[] | null;
  onSent: (status: EmergencyStatus) => void;
  onCancel: () => void;
}

/** Up to three days, as the schema allows (a closure for a typhoon lasts more than one). */
const DURATIONS = [30, 60, 120, 240, 480, 1440, 2880, 4320];

interface EmergencyValues {
  title: string;
  body: string;
  level: EmergencyLevel;
  screens: 'all' | string[];
  durationMinutes: string;
  /** At the ward: which child units' screens it also covers. */
  audience: UnitAudience;
}

/** A template's wording, ready to edit → one confirmation → on every chosen screen at once. */
export function EmergencyForm({ template, screens, onSent, onCancel }: EmergencyFormProps) {
  const api = useApi();
  const { t } = useI18n();
  const confirm = useConfirm();
  const timeZone = useTimeZone();
  // A notice is sent, never edited: the "stored" side is the status the server answers with.
  const form = useVersionedForm<EmergencyStatus, EmergencyValues>({
    stored: null,
    toValues: () => ({
      title: template?.title ?? '',
      body: template?.body ?? '',
      level: template?.level ?? 'warning',
      screens: 'all',
      durationMinutes: String(template?.durationMinutes ?? 60),
      audience: 'none',
    }),
    focusScope: '.emergency-form',
  });
  const { values, errors, formError, update } = form;
  const sending = form.saving !== null;
  const templateMinutes = template?.durationMinutes ?? 60;

  const send = () =>
    form.submit({
      check: (current) =>
        validateWith(
          emergencyInput,
          {
            title: current.title,
            body: current.body,
            level: current.level,
            screens: current.screens,
            audience: current.audience,
            templateId: template?.id ?? null,
            durationMinutes: current.durationMinutes.trim() === '' ? undefined : Number(current.durationMinutes),
          },
          t,
        ),
      confirm: (input) => {
        const where = input.screens === 'all' ? t('field.allScreens') : t('list.screensCount', { count: input.screens.length });
        return confirm({
          title: t('emergency.confirmTitle'),
          body: t('emergency.confirmBody', { title: input.title, where, duration: describeMinutes(input.durationMinutes, t) }),
          details: <NoticePreview input={input} expiresAt={new Date(Date.now() + input.durationMinutes * 60_000)} timeZone={timeZone} />,
          confirmLabel: t('emergency.confirmSend'),
          cancelLabel: t('editor.cancel'),
          danger: true,
        });
      },
      send: (input) => api.emergencies.send(input),
      onSaved: onSent,
    });

  return (
    <form
      className="form-section emergency-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
      data-testid="emergency-form"
    >
      <h2 className="form-section__heading">{template ? t('emergency.formFrom', { name: template.name }) : t('emergency.formBlank')}</h2>
      <p className="muted">{t('emergency.fillBlanks')}</p>
      {formError && (
        <p className="alert alert--error" role="alert" data-testid="emergency-error">
          {formError}
        </p>
      )}
      <Field name="emergency-title" label={t('emergency.title')} error={errors.title} counter={{ count: values.title.length, max: 120 }}>
        {(control) => <input {...control} type="text" value={values.title} onChange={(e) => update({ title: e.target.value })} />}
      </Field>
      <Field name="emergency-body" label={t('emergency.body')} error={errors.body} counter={{ count: values.body.length, max: 600 }}>
        {(control) => <textarea {...control} rows={5} value={values.body} onChange={(e) => update({ body: e.target.value })} />}
      </Field>
      <div className="field-row">
        <Field name="emergency-level" label={t('emergency.level')} error={errors.level}>
          {(control) => (
            <select {...control} value={values.level} onChange={(e) => update({ level: emergencyLevel.parse(e.target.value) })}>
              {emergencyLevel.options.map((level) => (
                <option key={level} value={level}>
                  {t(`emergency.level.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="emergency-duration" label={t('emergency.duration')} hint={t('emergency.durationHint')} error={errors.durationMinutes}>
          {(control) => (
            <select {...control} value={values.durationMinutes} onChange={(e) => update({ durationMinutes: e.target.value })}>
              {[...new Set([...DURATIONS, templateMinutes])]
                .sort((a, b) => a - b)
                .map((minutes) => (
                  <option key={minutes} value={String(minutes)}>
                    {describeMinutes(minutes, t)}
                  </option>
                ))}
            </select>
          )}
        </Field>
      </div>
      <ScreensPicker value={values.screens} screens={screens} error={errors.screens} onChange={(screensValue) => update({ screens: screensValue })} />
      <WardAudience value={values.audience} error={errors.audience} onChange={(audience) => update({ audience })} />
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel} disabled={sending} data-testid="emergency-cancel">
          {t('editor.cancel')}
        </button>
        <SubmitButton busy={sending} label={t('emergency.send')} busyLabel={t('emergency.sending')} testId="emergency-send" look="button--danger" />
      </div>
    </form>
  );
}
