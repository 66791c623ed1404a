import type { ReactNode } from 'react';

/** A part of a long form under its own heading, labelled by it for assistive technology. */
export function FormSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section className="form-section" aria-labelledby={id}>
      <h2 id={id} className="form-section__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}
