import { useEffect, useRef, useState, type FormEvent } from 'react';
import { pairingClaim, type Screen } from '@bangtin/shared';
import { Field } from '../ui/form/Field.tsx';
import { useToast } from '../ui/Toast.tsx';
import { ApiFailure } from '../api/http.ts';
import { detailsToErrors, validateWith, type FieldErrors } from '../ui/form/validation.ts';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useI18n } from '../i18nContext.tsx';
import { useApi } from '../session.tsx';
import { SubmitButton } from '../ui/form/SubmitButton.tsx';
import { unitPath } from '../api/unitBase.ts';
import { NamedOptions } from '../ui/form/Options.tsx';

/**
 * A new kiosk opened at /display shows a six-digit code; typing it here with a screen tells that kiosk which
 * screen to be (it switches to /display/<slug> at once). Codes live ten minutes and work once.
 */
export function PairingForm({
  screens,
  chosen,
  onPaired,
}: {
  screens: readonly Screen[];
  /** Set by "pair again" on a card: that screen is chosen and the code field focused. */
  chosen: { screenId: string; nonce: number } | null;
  onPaired: () => void;
}) {
  const api = useApi();
  const toast = useToast();
  const failureMessage = useFailureMessage();
  const { t, language } = useI18n();
  const [code, setCode] = useState('');
  const [screenId, setScreenId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);

  // "Pair again" chose a screen: take it over while rendering (not in an effect), then focus the code field.
  const [chosenNonce, setChosenNonce] = useState<number | null>(null);
  if (chosen && chosen.nonce !== chosenNonce) {
    setChosenNonce(chosen.nonce);
    setScreenId(chosen.screenId);
  }
  useEffect(() => {
    if (!chosen) return;
    codeRef.current?.focus({ preventScroll: true });
    codeRef.current?.closest('.pairing')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [chosen]);

  const fail = (error: unknown) => {
    if (!(error instanceof ApiFailure) || error.details.length === 0) return setFormError(failureMessage(error));
    const fieldErrors = detailsToErrors(error.details);
    const codeRejected = fieldErrors.code !== undefined;
    // The server's sentence says what to do next: show it under the code, and focus the code so it is read out.
    if (codeRejected) fieldErrors.code = language === 'vi' && error.message ? error.message : t('pair.codeRejected');
    setErrors(fieldErrors);
    if (!codeRejected) return;
    // After the error has rendered: the whole field (with the message below the input) in view.
    requestAnimationFrame(() => {
      codeRef.current?.focus({ preventScroll: true });
      codeRef.current?.closest('.field')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const checked = validateWith(pairingClaim, { code, screenId }, t);
    if (!checked.ok) {
      // Our own sentences: the schema's are Vietnamese only, and "required" says less than "choose a screen".
      const { code: badCode, screenId: badScreen } = checked.errors;
      setErrors({ ...(badCode && { code: t('pair.codeInvalid') }), ...(badScreen && { screenId: t('pair.screenRequired') }) });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { screen, delivered } = await api.pairing.claim(checked.input);
      toast(t(delivered > 0 ? 'pair.done' : 'pair.doneOffline', { name: screen.name }), delivered > 0 ? 'success' : 'info');
      setCode('');
      setScreenId('');
      onPaired();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="pairing form-section" aria-labelledby="pairing-title">
      <h2 id="pairing-title" className="form-section__heading">
        {t('pair.title')}
      </h2>
      <p className="muted">{t(chosen ? 'pair.chosen' : 'pair.intro', { url: `${window.location.origin}${unitPath('/display/')}` })}</p>
      {screens.length === 0 ? (
        <p>{t('pair.noScreens')}</p>
      ) : (
        <form className="pairing__form" noValidate onSubmit={(event) => void submit(event)}>
          <Field name="code" label={t('pair.code')} error={errors.code} className="pairing__code">
            {(control) => (
              <input
                {...control}
                ref={codeRef}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                pattern="[0-9]{6}"
                maxLength={6}
                value={code}
                // People copy "123 456" from the kiosk: keep the digits only.
                onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
                data-testid="pair-code"
              />
            )}
          </Field>
          <Field name="screenId" label={t('pair.screen')} error={errors.screenId} className="pairing__screen">
            {(control) => (
              <select {...control} value={screenId} onChange={(e) => setScreenId(e.target.value)} data-testid="pair-screen">
                <option value="">{t('pair.chooseScreen')}</option>
                <NamedOptions items={screens} />
              </select>
            )}
          </Field>
          <SubmitButton busy={busy} label={t('pair.submit')} busyLabel={t('pair.submitting')} testId="pair-submit" look="button--primary pairing__submit" />
        </form>
      )}
      {formError && (
        <p className="alert alert--error" role="alert" data-testid="pair-error">
          {formError}
        </p>
      )}
    </section>
  );
}
