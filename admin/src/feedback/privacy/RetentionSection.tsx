import { useState, type FormEvent } from 'react';
import { feedbackRetention } from '@bangtin/shared';
import { useI18n } from '../../i18nContext.tsx';
import { useApi } from '../../session.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useFailureMessage } from '../../ui/hooks/useFailureMessage.ts';
import { useLoad } from '../../ui/hooks/useLoad.ts';
import { LoadFailure } from '../../ui/Status.tsx';
import { LabelledControl } from '../../ui/form/LabelledControl.tsx';

/** How many months senders' details are kept before the nightly purge clears them. */
export function RetentionSection() {
  const { t } = useI18n();
  const api = useApi();
  const toast = useToast();
  const failureMessage = useFailureMessage();
  const loaded = useLoad('feedback-retention', () => api.feedbackPrivacy.retention());
  // What the admin typed, else the stored value.
  const [edited, setMonths] = useState<string | null>(null);
  const months = edited ?? (loaded.data ? String(loaded.data.months) : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = feedbackRetention.safeParse({ months: Number(months) });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await api.feedbackPrivacy.setRetention(parsed.data.months);
      toast(t('feedbackPrivacy.saved', { months: saved.months }));
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  if (loaded.error !== undefined) return <LoadFailure error={loaded.error} onRetry={loaded.retry} />;
  return (
    <form className="form-section" aria-labelledby="retention-title" onSubmit={(e) => void save(e)} noValidate data-testid="privacy-retention">
      <h2 id="retention-title" className="form-section__heading">
        {t('feedbackPrivacy.retentionTitle')}
      </h2>
      <LabelledControl id="retention-months" label={t('feedbackPrivacy.months')}>
        <p className="field__hint" id="retention-hint">
          {t('feedbackPrivacy.retentionHint')}
        </p>
        <input
          id="retention-months"
          type="number"
          min={1}
          max={120}
          inputMode="numeric"
          value={months}
          aria-describedby="retention-hint"
          style={{ maxWidth: '8rem' }}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setMonths(e.target.value)}
          data-testid="retention-months"
        />
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </LabelledControl>
      <button type="submit" className="button button--primary" disabled={busy || loaded.loading}>
        {t('feedbackPrivacy.save')}
      </button>
    </form>
  );
}
