import type { ReactNode } from 'react';

/** A plain control with its label above it (filters, login, report periods): the page owns the control itself. */
export function LabelledControl({ id, label, children }: { id: string; label: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}
