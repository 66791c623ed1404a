import type { ReactNode } from 'react';

/** "12 mục" above a filtered list, read out when a search or filter changes it. */
export function ListCount({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <p className="muted list-count" aria-live="polite" data-testid={testId}>
      {children}
    </p>
  );
}
