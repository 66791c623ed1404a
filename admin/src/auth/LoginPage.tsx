import { useRef, useState, type FormEvent } from 'react';
import { ApiFailure } from '../api/http.ts';
import { LanguageSwitch } from '../ui/layout/LanguageSwitch.tsx';
import type { MessageKey } from '../i18n.ts';
import { useI18n } from '../i18nContext.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useSession } from '../session.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { SecondFactorForm } from './SecondFactorForm.tsx';

function loginErrorKey(error: unknown): MessageKey {
  if (!(error instanceof ApiFailure)) return 'error.generic';
  if (error.code === 'UNAUTHENTICATED' || error.code === 'VALIDATION_FAILED') return 'login.wrongCredentials';
  if (error.code === 'RATE_LIMITED') return 'login.rateLimited';
  if (error.code === 'NETWORK') return 'error.network';
  return 'error.generic';
}

/** Shown at any address while signed out; after signing in the same address opens. */
export function LoginPage({ expired }: { expired: boolean }) {
  const { t } = useI18n();
  const { login, api } = useSession();
  const school = useLoad('school', api.school.get); // public: the login page can name the school
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<MessageKey | null>(expired ? 'login.sessionExpired' : null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // After the right password, an account with a second factor asks for its code here.
  const [secondStep, setSecondStep] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) return setError('login.missingFields');
    setSubmitting(true);
    setError(null);
    try {
      if ((await login(username.trim(), password)) === 'second-factor') {
        setSecondStep(true);
        setPassword('');
        setSubmitting(false);
      }
    } catch (failure) {
      setError(loginErrorKey(failure));
      setPassword('');
      passwordRef.current?.focus();
      setSubmitting(false);
    }
  };

  return (
    <div className="login">
      <header className="login__top">
        <LanguageSwitch />
      </header>
      <main className="login__main" id="main">
        {secondStep ? (
          <SecondFactorForm onRestart={() => setSecondStep(false)} />
        ) : (
        <form className="login__card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="login-title">
          <p className="login__brand">{school.data?.name ?? t('app.name')}</p>
          <p className="login__app">
            {t('app.name')} · {t('app.console')}
          </p>
          <h1 id="login-title">{t('login.title')}</h1>
          <p className="muted">{t('login.intro')}</p>
          {error && (
            <p className="alert alert--error" role="alert" data-testid="login-error">
              {t(error)}
            </p>
          )}
          <LabelledControl id="login-username" label={t('login.username')}>
            <input
              id="login-username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              data-testid="login-username"
              autoFocus
            />
          </LabelledControl>
          <LabelledControl id="login-password" label={t('login.password')}>
            <input
              id="login-password"
              ref={passwordRef}
              name="password"
              type={showPassword ? 'text' : 'password'}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="login-password"
            />
          </LabelledControl>
          <label className="choice">
            <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
            <span>{t('login.showPassword')}</span>
          </label>
          <SubmitButton busy={submitting} label={t('login.submit')} busyLabel={t('login.submitting')} testId="login-submit" look="button--primary button--block" />
        </form>
        )}
      </main>
    </div>
  );
}
