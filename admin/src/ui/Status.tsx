import type { ReactNode } from 'react';
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

/** What `useLoad` reports about a load in flight or failed (its data is the page's business). */
export interface LoadState {
  loading: boolean;
  error?: unknown;
  retry: () => void;
}

/** While loading: "loading"; after a failure: why, with a retry button; otherwise nothing. */
export function LoadStatus({ load }: { load: LoadState }) {
  if (load.loading) return <Loading />;
  return load.error !== undefined ? <LoadFailure error={load.error} onRetry={load.retry} /> : null;
}

/** The loaded data handed to `children`; until then `LoadStatus` (loading, or why not with a retry). */
export function WhenLoaded<T>({ load, children }: { load: LoadState & { data?: T | undefined }; children: (data: T) => ReactNode }) {
  return load.data === undefined ? <LoadStatus load={load} /> : children(load.data);
}

/** A refusal or failure in one sentence, read out as it appears (nothing while there is none). */
export function ErrorAlert({ message, testId }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <p className="alert alert--error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
