import { createContext, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18nContext.tsx';
import { useProvided } from './hooks/useProvided.ts';

type Tone = 'success' | 'error' | 'info';
/** A button in the toast, e.g. "Hoàn tác" right after a decision. */
export interface ToastAction {
  label: string;
  onClick: () => void;
}
interface ToastMessage {
  id: number;
  text: string;
  tone: Tone;
  action?: ToastAction | undefined;
}

type ShowToast = (text: string, tone?: Tone, action?: ToastAction) => void;
const ToastContext = createContext<ShowToast | null>(null);

const VISIBLE_MS = 5000;

/** A polite live region: screen readers announce each message; it fades after a few seconds. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const nextId = useRef(1);

  const show = useCallback<ShowToast>((text, tone = 'success', action) => {
    setToast({ id: nextId.current++, text, tone, action });
  }, []);

  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [toast]);

  return (
    <ToastContext value={show}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div key={toast.id} className={`toast toast--${toast.tone}`} data-testid="toast">
            <span>{toast.text}</span>
            {toast.action && (
              <button
                type="button"
                className="button button--small toast__action"
                onClick={() => {
                  toast.action?.onClick();
                  setToast(null);
                }}
                data-testid="toast-action"
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast__close" aria-label={t('common.close')} onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext>
  );
}

export const useToast = (): ShowToast => useProvided(ToastContext, 'useToast', 'ToastProvider');
