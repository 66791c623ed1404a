import { useState, type FormEvent } from 'react';
import { schoolUpdate, type School } from '@bangtin/shared';
import { Field } from '../ui/form/Field.tsx';
import { NotifySettingsSection } from './NotifySettingsSection.tsx';
import { useVersionedForm } from '../ui/form/useVersionedForm.ts';
import { checkWith } from '../ui/form/validation.ts';
import { MediaPicker } from '../media/MediaPicker.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useI18n, type I18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';

type MessageKey = Parameters<I18n['t']>[0];

const TEXT_FIELDS: readonly [path: string, label: MessageKey, multiline?: boolean][] = [
  ['name', 'settings.name'],
  ['shortName', 'settings.shortName'],
  ['parentAgency', 'settings.parentAgency'],
  ['address', 'settings.address'],
];
const FEEDBACK_FIELDS: readonly [keyof School['feedback'], MessageKey][] = [
  ['agency', 'settings.agency'],
  ['address', 'settings.fbAddress'],
  ['mailingAddress', 'settings.mailing'],
  ['phone', 'settings.phone'],
  ['email', 'settings.email'],
  ['website', 'settings.website'],
];

/** The school profile, feedback block (NĐ 20/2008), screens' texts, durations, timezone, language (admin only). */
export function SettingsPage() {
  const api = useApi();
  const loaded = useLoad('school', api.school.get);
  if (loaded.data === undefined) return loaded.loading ? <Loading /> : <LoadFailure error={loaded.error} onRetry={loaded.retry} />;
  return <SettingsForm initial={loaded.data} />;
}

function SettingsForm({ initial }: { initial: School }) {
  const api = useApi();
  const { t } = useI18n();
  const toast = useToast();
  // Settings report by toast and never asked before leaving: the form machine without its alert and guard.
  const form = useVersionedForm<School, School>({
    stored: initial,
    toValues: (stored) => stored ?? initial,
    leaveGuard: false,
    invalidMessage: 'settings.invalid',
    onMessage: (message) => toast(message, 'error'),
  });
  const { values: school, setValues: setSchool, errors } = form;
  const saving = form.saving !== null;
  const [picking, setPicking] = useState(false);

  const set = (change: Partial<School>) => setSchool((s) => ({ ...s, ...change }));
  const setFeedback = (key: keyof School['feedback'], value: string) => setSchool((s) => ({ ...s, feedback: { ...s.feedback, [key]: value } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit({
      check: (values) => checkWith(schoolUpdate, values),
      send: (input) => api.school.update(input),
      onSaved: () => toast(t('settings.saved'), 'success'),
    });
  };

  const input = (path: string, label: MessageKey, value: string, onChange: (v: string) => void, extra: { type?: string; hint?: string } = {}) => (
    <Field name={path} label={t(label)} error={errors[path]} hint={extra.hint} key={path}>
      {(control) => <input {...control} type={extra.type ?? 'text'} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
  const seconds = (key: 'minSeconds' | 'maxSeconds', label: MessageKey) => (
    <Field name={`slideDefaults.${key}`} label={t(label)} error={errors[`slideDefaults.${key}`]} className="field--narrow">
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          value={school.slideDefaults[key]}
          onChange={(e) => set({ slideDefaults: { ...school.slideDefaults, [key]: Number(e.target.value) } })}
        />
      )}
    </Field>
  );

  return (
    <>
    <form className="settings-page" aria-labelledby="settings-title" onSubmit={(e) => void submit(e)} noValidate>
      <PageHeader titleId="settings-title" title={t('settings.title')} intro={t('settings.intro')} />

      <fieldset className="form-section">
        <legend className="form-section__title">{t('settings.profile')}</legend>
        {TEXT_FIELDS.map(([path, label]) =>
          input(path, label, String(school[path as 'name']), (v) => set({ [path]: v } as Partial<School>)),
        )}
        <div className="field">
          <span className="field__label" id="logo-label">
            {t('settings.logo')}
          </span>
          <div className="logo-row" aria-labelledby="logo-label" role="group">
            {school.logoUrl ? <img src={school.logoUrl} alt={t('settings.logo')} className="logo-row__img" data-testid="settings-logo" /> : <span className="muted">{t('settings.logoNone')}</span>}
            <button type="button" className="button button--small" onClick={() => setPicking(true)} data-testid="settings-logo-pick">
              {t('settings.logoPick')}
            </button>
            {school.logoUrl && (
              <button type="button" className="button button--small button--quiet-danger" onClick={() => set({ logoUrl: '' })}>
                {t('settings.logoRemove')}
              </button>
            )}
          </div>
          {errors.logoUrl && <p className="field__error">{errors.logoUrl}</p>}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('settings.feedback')}</legend>
        {FEEDBACK_FIELDS.map(([key, label]) => input(`feedback.${key}`, label, school.feedback[key], (v) => setFeedback(key, v)))}
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('settings.public')}</legend>
        {input('publicUrl', 'settings.publicUrl', school.publicUrl, (v) => set({ publicUrl: v }), { type: 'url', hint: t('settings.publicUrlHint') })}
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('settings.display')}</legend>
        <Field name="officeHours" label={t('settings.officeHours')} error={errors.officeHours}>
          {(control) => <textarea {...control} rows={3} value={school.officeHours} onChange={(e) => set({ officeHours: e.target.value })} />}
        </Field>
        <Field name="tickerText" label={t('settings.ticker')} error={errors.tickerText} counter={{ count: school.tickerText.length, max: 500 }}>
          {(control) => <textarea {...control} rows={2} value={school.tickerText} onChange={(e) => set({ tickerText: e.target.value })} />}
        </Field>
        <div className="field-row">
          {seconds('minSeconds', 'settings.minSeconds')}
          {seconds('maxSeconds', 'settings.maxSeconds')}
        </div>
        <p className="field__hint">{t('settings.durationsHint')}</p>
        {input('timezone', 'settings.timezone', school.timezone, (v) => set({ timezone: v }), { hint: 'Asia/Ho_Chi_Minh' })}
        <Field name="uiLanguage" label={t('settings.language')} error={errors.uiLanguage}>
          {(control) => (
            <select {...control} value={school.uiLanguage} onChange={(e) => set({ uiLanguage: e.target.value === 'en' ? 'en' : 'vi' })}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          )}
        </Field>
        <label className="choice choice--standalone">
          <input type="checkbox" checked={school.sampleData} onChange={(e) => set({ sampleData: e.target.checked })} />
          {t('settings.sample')}
        </label>
      </fieldset>

      <div className="button-row">
        <SubmitButton busy={saving} label={t('common.save')} busyLabel={t('common.saving')} testId="settings-save" />
      </div>
      {picking && (
        <MediaPicker
          title={t('settings.logoDialog')}
          onClose={() => setPicking(false)}
          onPick={(url) => {
            set({ logoUrl: url });
            setPicking(false);
          }}
        />
      )}
    </form>
      <NotifySettingsSection />
    </>
  );
}
