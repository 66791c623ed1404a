import { createContext, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useProvided } from './hooks/useProvided.ts';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  /** Shown under the body, e.g. the full text of what is about to be sent. */
  details?: ReactNode;
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>;
const ConfirmContext = createContext<Confirm | null>(null);

interface Pending extends ConfirmRequest {
  resolve: (answer: boolean) => void;
}

/** One modal <dialog> for the whole console: focus is trapped, Esc cancels, focus returns afterwards. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  const confirm = useCallback<Confirm>(
    (request) =>
      new Promise<boolean>((resolve) => {
        setPending((previous) => {
          previous?.resolve(false);
          return { ...request, resolve };
        });
      }),
    [],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (pending && dialog && !dialog.open) dialog.showModal();
  }, [pending]);

  const answer = (value: boolean) => {
    pending?.resolve(value);
    setPending(null);
    dialogRef.current?.close();
  };

  return (
    <ConfirmContext value={confirm}>
      {children}
      <dialog
        ref={dialogRef}
        className="confirm-dialog"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-body"
        onCancel={(event) => {
          event.preventDefault();
          answer(false);
        }}
        data-testid="confirm-dialog"
      >
        {pending && (
          <>
            <h2 id="confirm-title">{pending.title}</h2>
            <p id="confirm-body">{pending.body}</p>
            {pending.details}
            <div className="button-row">
              <button type="button" className="button" onClick={() => answer(false)} autoFocus data-testid="confirm-cancel">
                {pending.cancelLabel}
              </button>
              <button
                type="button"
                className={pending.danger ? 'button button--danger' : 'button button--primary'}
                onClick={() => answer(true)}
                data-testid="confirm-ok"
              >
                {pending.confirmLabel}
              </button>
            </div>
          </>
        )}
      </dialog>
    </ConfirmContext>
  );
}

export const useConfirm = (): Confirm => useProvided(ConfirmContext, 'useConfirm', 'ConfirmProvider');
