import { useState, type FormEvent } from 'react';
import { formatDateTimeVi, type TotpSetup } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';
import { useApi, useCurrentUser } from '../session.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { TwoFactorSetup } from './TwoFactorSetup.tsx';

/** "Tài khoản của tôi": who is signed in, and the optional second factor (TOTP) for admins and approvers. */
export function AccountPage() {
  const { t, roleLabel } = useI18n();
  const me = useCurrentUser();
  const api = useApi();
  const status = useLoad('totp-status', api.auth.totpStatus);
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const failure = useFailureMessage();
  const toast = useToast();
  const timeZone = useTimeZone();

  const start = async () => {
    try {
      setSetup(await api.auth.totpSetup());
    } catch (e) {
      toast(failure(e), 'error');
    }
  };

  const data = status.data;
  return (
    <section className="list-page account-page" aria-labelledby="account-title">
      <PageHeader titleId="account-title" title={t('account.title')} intro={t('account.intro')} />
      <dl className="account-page__who">
        <dt>{t('users.username')}</dt>
        <dd>{me.username}</dd>
        <dt>{t('users.displayName')}</dt>
        <dd>{me.displayName}</dd>
        <dt>{t('users.role')}</dt>
        <dd>{roleLabel(me.role)}</dd>
      </dl>
      <h2>{t('account.totpTitle')}</h2>
      {data === undefined ? (
        status.loading ? <Loading /> : <LoadFailure error={status.error} onRetry={status.retry} />
      ) : codes ? (
        <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
      ) : !data.available ? (
        <p className="muted" data-testid="totp-unavailable">{t('account.totpUnavailable')}</p>
      ) : data.enabled ? (
        <>
          <p className="alert alert--success" data-testid="totp-on">
            {t('account.totpOn', { since: data.enabledAt ? formatDateTimeVi(new Date(data.enabledAt), timeZone) : '' })}{' '}
            {t('account.totpCodesLeft', { count: data.recoveryCodesLeft })}
          </p>
          <DisableForm onDone={() => status.retry()} />
        </>
      ) : setup ? (
        <TwoFactorSetup
          setup={setup}
          onCancel={() => setSetup(null)}
          onConfirmed={(recovery) => {
            setSetup(null);
            setCodes(recovery);
            status.retry();
          }}
        />
      ) : (
        <>
          <p>{t('account.totpWhy')}</p>
          <button type="button" className="button button--primary" onClick={() => void start()} data-testid="totp-start">
            {t('account.totpStart')}
          </button>
        </>
      )}
    </section>
  );
}

/** Shown once, right after turning the second factor on: the server keeps only their hashes. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <div className="recovery-codes" data-testid="totp-recovery">
      <p className="alert alert--warning">{t('account.recoveryIntro')}</p>
      <ol className="recovery-codes__list">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('account.recoveryPrint')}
        </button>
        <button type="button" className="button button--primary" onClick={onDone} data-testid="totp-recovery-done">
          {t('account.recoveryDone')}
        </button>
      </div>
    </div>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const failure = useFailureMessage();
  const toast = useToast();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api.auth.totpDisable(password, code);
      toast(t('account.totpOffDone'), 'success');
      onDone();
    } catch (e) {
      toast(failure(e), 'error');
      setBusy(false);
    }
  };

  return (
    <form className="totp-disable" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('account.totpOffTitle')}</h3>
      <LabelledControl id="totp-off-password" label={t('login.password')}>
        <input id="totp-off-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </LabelledControl>
      <LabelledControl id="totp-off-code" label={t('account.totpOffCode')}>
        <input id="totp-off-code" autoComplete="one-time-code" maxLength={16} value={code} onChange={(e) => setCode(e.target.value)} />
      </LabelledControl>
      <SubmitButton busy={busy} label={t('account.totpOff')} busyLabel={t('common.saving')} testId="totp-off" look="button--danger" />
    </form>
  );
}
