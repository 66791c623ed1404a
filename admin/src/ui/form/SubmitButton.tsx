interface SubmitButtonProps {
  /** While the form is being sent: the button is disabled and says so. */
  busy: boolean;
  label: string;
  busyLabel: string;
  testId: string;
  /** The button's look after the base `button` class. */
  look?: string;
}

/** A form's submit button that shows and blocks while sending (one click sends once). */
export function SubmitButton({ busy, label, busyLabel, testId, look = 'button--primary' }: SubmitButtonProps) {
  return (
    <button type="submit" className={`button ${look}`} disabled={busy} data-testid={testId}>
      {busy ? busyLabel : label}
    </button>
  );
}
