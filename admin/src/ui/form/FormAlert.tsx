import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18nContext.tsx';
import type { FieldIssueLink } from './useFieldIssueLinks.ts';

interface FormAlertProps {
  message: string | null;
  conflict: boolean;
  remoteVersion: number | null;
  onReload: () => void;
  /** The refused fields, each a link that focuses its input (see useFieldIssueLinks). */
  issues?: readonly FieldIssueLink[];
}

/** The form-level message (validation summary, server refusal, version conflict) read out when it appears. */
export function FormAlert({ message, conflict, remoteVersion, onReload, issues = [] }: FormAlertProps) {
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
          {!conflict && issues.length > 0 && (
            <ul className="alert__issues" aria-label={t('form.issuesLabel')} data-testid="form-issues">
              {issues.map((issue, index) => (
                <li key={index}>
                  <a
                    href="#"
                    onClick={(event) => {
                      event.preventDefault();
                      issue.focus();
                    }}
                    data-testid="form-issue"
                  >
                    <strong>{issue.label}</strong>
                  </a>
                  {issue.message && <span>: {issue.message}</span>}
                </li>
              ))}
            </ul>
          )}
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
