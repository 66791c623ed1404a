import { useEffect, useState, type FormEvent } from 'react';
import type { TotpSetup } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';

/** The key in groups of four, as authenticator apps show it, so it can be typed without losing one's place. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** Step 1 and 2 of turning the second factor on: scan (or type) the key, then prove it with a code. */
export function TwoFactorSetup({ setup, onConfirmed, onCancel }: { setup: TotpSetup; onConfirmed: (codes: string[]) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const failure = useFailureMessage();
  const [qr, setQr] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    // The QR code is drawn here in the browser: the key never becomes an image on the server.
    void import('qrcode')
      .then((QRCode) => QRCode.toDataURL(setup.uri, { margin: 1, width: 220, errorCorrectionLevel: 'M' }))
      .then((url) => !cancelled && setQr(url))
      .catch(() => !cancelled && setQr(null));
    return () => {
      cancelled = true;
    };
  }, [setup.uri]);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onConfirmed((await api.auth.totpConfirm(code)).recoveryCodes);
    } catch (e) {
      setError(failure(e));
      setBusy(false);
    }
  };

  return (
    <form className="totp-setup" onSubmit={(e) => void confirm(e)} noValidate data-testid="totp-setup">
      <ol className="totp-setup__steps">
        <li>{t('account.totpStepApp')}</li>
        <li>
          {t('account.totpStepScan')}
          <div className="totp-setup__key">
            {qr ? <img src={qr} alt={t('account.totpQrAlt')} width={220} height={220} data-testid="totp-qr" /> : null}
            <p>
              {t('account.totpManual')} <code data-testid="totp-secret">{grouped(setup.secret)}</code>
            </p>
          </div>
        </li>
        <li>{t('account.totpStepCode')}</li>
      </ol>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <LabelledControl id="totp-code" label={t('login.code')}>
        <input id="totp-code" inputMode="numeric" autoComplete="one-time-code" maxLength={8} value={code} onChange={(e) => setCode(e.target.value)} data-testid="totp-code" />
      </LabelledControl>
      <div className="form-actions">
        <SubmitButton busy={busy} label={t('account.totpConfirm')} busyLabel={t('common.saving')} testId="totp-confirm" />
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
