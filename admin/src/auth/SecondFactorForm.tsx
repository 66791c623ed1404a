import { useState, type FormEvent } from 'react';
import { ApiFailure } from '../api/http.ts';
import type { MessageKey } from '../i18n.ts';
import { useI18n } from '../i18nContext.tsx';
import { useSession } from '../session.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';

function codeErrorKey(error: unknown): MessageKey {
  if (!(error instanceof ApiFailure)) return 'error.generic';
  if (error.code === 'UNAUTHENTICATED' || error.code === 'VALIDATION_FAILED') return 'login.wrongCode';
  if (error.code === 'RATE_LIMITED') return 'login.rateLimited';
  if (error.code === 'NETWORK') return 'error.network';
  return 'error.generic';
}

/** The second step of a login for an account with TOTP: the app's 6-digit code, or one recovery code. */
export function SecondFactorForm({ onRestart }: { onRestart: () => void }) {
  const { t } = useI18n();
  const { secondFactor } = useSession();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return setError('login.missingCode');
    setBusy(true);
    setError(null);
    try {
      await secondFactor(code);
    } catch (failure) {
      setError(codeErrorKey(failure));
      setCode('');
      setBusy(false);
    }
  };

  return (
    <form className="login__card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="login-code-title" data-testid="login-second-step">
      <h1 id="login-code-title">{t('login.codeTitle')}</h1>
      <p className="muted">{t('login.codeIntro')}</p>
      {error && (
        <p className="alert alert--error" role="alert" data-testid="login-code-error">
          {t(error)}
        </p>
      )}
      <LabelledControl id="login-code" label={t('login.code')}>
        <input
          id="login-code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={16}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          data-testid="login-code"
          autoFocus
        />
      </LabelledControl>
      <p className="muted">{t('login.codeRecoveryHint')}</p>
      <SubmitButton busy={busy} label={t('login.codeSubmit')} busyLabel={t('login.submitting')} testId="login-code-submit" look="button--primary button--block" />
      <button type="button" className="button button--block login__restart" onClick={onRestart} data-testid="login-restart">
        {t('login.restart')}
      </button>
    </form>
  );
}
