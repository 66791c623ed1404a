import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18nContext.tsx';

interface FormAlertProps {
  message: string | null;
  conflict: boolean;
  remoteVersion: number | null;
  onReload: () => void;
}

/** The form-level message (validation summary, server refusal, version conflict) read out when it appears. */
export function FormAlert({ message, conflict, remoteVersion, onReload }: FormAlertProps) {
  const { t } = useI18n();
  const alertRef = useRef<HTMLDivElement>(null);
  // The save buttons sit at the bottom; bring the message into view (a field error then takes focus itself).
  useEffect(() => {
    if (message) alertRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [message]);
  return (
    <>
      {remoteVersion !== null && !conflict && (
        <div className="alert alert--info" role="status" data-testid="remote-changed">
          <p>{t('editor.remoteChanged', { version: remoteVersion })}</p>
          <button type="button" className="button" onClick={onReload}>
            {t('editor.conflictReload')}
          </button>
        </div>
      )}
      {message && (
        <div ref={alertRef} className={`alert ${conflict ? 'alert--warning' : 'alert--error'}`} role="alert" data-testid="form-error">
          <p>{message}</p>
          {conflict && (
            <button type="button" className="button" onClick={onReload} data-testid="conflict-reload">
              {t('editor.conflictReload')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
