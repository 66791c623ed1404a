import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface ModalSheetProps {
  className: string;
  /** The id of the heading inside that names the dialog. */
  titleId: string;
  testId: string;
  /** Esc asks the parent to close (it unmounts the sheet); the browser does not close it behind React's back. */
  onClose: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void;
  children: ReactNode;
}

/** A modal <dialog> open while mounted: focus moves in, the page behind is inert, focus returns to the opener after. */
export function ModalSheet({ className, titleId, testId, onClose, onKeyDown, children }: ModalSheetProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className={className}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      {children}
    </dialog>
  );
}
