import type { ReactNode } from 'react';

interface PageHeaderProps {
  /** The heading's id: the page's section is labelled by it. */
  titleId: string;
  title: ReactNode;
  /** The muted sentence under the header that says what the page is for. */
  intro?: ReactNode;
  /** Buttons or links beside the heading. */
  children?: ReactNode;
}

/** A page's heading row (with its actions) and, when given, its one-line introduction. */
export function PageHeader({ titleId, title, intro, children }: PageHeaderProps) {
  return (
    <>
      <header className="page-header">
        <h1 id={titleId}>{title}</h1>
        {children}
      </header>
      {intro !== undefined && <p className="muted">{intro}</p>}
    </>
  );
}
