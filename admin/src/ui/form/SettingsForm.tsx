import type { ReactNode } from 'react';
import { ErrorAlert } from '../Status.tsx';

interface SettingsFormProps {
  /** Extra classes after `form-section`. */
  className?: string;
  testId: string;
  title: string;
  intro: string;
  /** The form-level message (a refused check or a failed save). */
  error: string | null;
  errorTestId?: string;
  onSubmit: () => void;
  children: ReactNode;
}

/** One section of Cài đặt: a form under its heading and introduction, its message first, saved as a whole. */
export function SettingsForm({ className, testId, title, intro, error, errorTestId, onSubmit, children }: SettingsFormProps) {
  return (
    <form
      className={className ? `form-section ${className}` : 'form-section'}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      data-testid={testId}
    >
      <h2 className="form-section__heading">{title}</h2>
      <p className="muted">{intro}</p>
      <ErrorAlert message={error} testId={errorTestId} />
      {children}
    </form>
  );
}
