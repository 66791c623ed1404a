import { useState } from 'react';
import { notifySettingsUpdate, type NotifySettingsView } from '@bangtin/shared';
import { useApi } from '../session.tsx';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { SettingsForm } from '../ui/form/SettingsForm.tsx';
import { WhenLoaded } from '../ui/Status.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';

const splitList = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Cài đặt → Thư thông báo: the school's SMTP server, who gets which mail, the offline threshold, and a test mail. */
export function NotifySettingsSection() {
  const api = useApi();
  const loaded = useLoad('notify-settings', () => api.notify.get());
  return <WhenLoaded load={loaded}>{(settings) => <NotifyForm stored={settings} />}</WhenLoaded>;
}

function NotifyForm({ stored }: { stored: NotifySettingsView }) {
  const { api, t, toast, failureMessage } = usePageKit();
  const [saved, setSaved] = useState(stored);
  const [values, setValues] = useState({
    ...stored,
    port: String(stored.port),
    offlineMinutes: String(stored.offlineMinutes),
    approvers: stored.approvers.join(', '),
    office: stored.office.join(', '),
    admins: stored.admins.join(', '),
    password: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  const save = async () => {
    const { passwordSet: _stored, ...rest } = values;
    const parsed = notifySettingsUpdate.safeParse({
      ...rest,
      port: Number(values.port),
      offlineMinutes: Number(values.offlineMinutes),
      approvers: splitList(values.approvers),
      office: splitList(values.office),
      admins: splitList(values.admins),
      password: values.password || undefined,
    });
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(' · '));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setSaved(await api.notify.update(parsed.data));
      set({ password: '' });
      toast(t('notify.saved'));
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const test = async () => {
    setBusy(true);
    setError(null);
    try {
      const { sentTo } = await api.notify.test();
      toast(t('notify.testSent', { to: sentTo.join(', ') }));
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const text = (key: 'host' | 'user' | 'from' | 'approvers' | 'office' | 'admins' | 'port' | 'offlineMinutes', type = 'text', hint?: string) => (
    <LabelledControl id={`notify-${key}`} label={t(`notify.${key}`)}>
      <input id={`notify-${key}`} type={type} value={values[key]} onChange={(e) => set({ [key]: e.target.value })} data-testid={`notify-${key}`} />
      {hint && <p className="field__hint">{hint}</p>}
    </LabelledControl>
  );

  return (
    <SettingsForm
      className="notify-settings"
      testId="notify-settings"
      title={t('notify.title')}
      intro={t('notify.intro')}
      error={error}
      errorTestId="notify-error"
      onSubmit={() => void save()}
    >
      <label className="checkbox">
        <input type="checkbox" checked={values.enabled} onChange={(e) => set({ enabled: e.target.checked })} data-testid="notify-enabled" /> {t('notify.enabled')}
      </label>
      <div className="field-row">
        {text('host')}
        {text('port', 'number')}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={values.secure} onChange={(e) => set({ secure: e.target.checked })} /> {t('notify.secure')}
      </label>
      <div className="field-row">
        {text('user')}
        <LabelledControl id="notify-password" label={t('notify.password')}>
          <input
            id="notify-password"
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => set({ password: e.target.value })}
            data-testid="notify-password"
          />
          <p className="field__hint">{saved.passwordSet ? t('notify.passwordSet') : t('notify.passwordNone')}</p>
        </LabelledControl>
      </div>
      {text('from', 'email')}
      {text('approvers', 'text', t('notify.listHint'))}
      {text('office', 'text', t('notify.listHint'))}
      {text('admins', 'text', t('notify.listHint'))}
      {text('offlineMinutes', 'number')}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void test()} data-testid="notify-test">
          {t('notify.test')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="notify-save">
          {t('notify.save')}
        </button>
      </div>
    </SettingsForm>
  );
}
