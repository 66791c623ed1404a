import { useFailureMessage } from './hooks/useFailureMessage.ts';
import { useI18n } from '../i18nContext.tsx';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Why something did not load, with a retry button. */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const message = useFailureMessage();
  return (
    <div className="alert alert--error" role="alert">
      <p>{message(error)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}
