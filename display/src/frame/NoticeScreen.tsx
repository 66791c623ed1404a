import type { ReactNode } from 'react';

interface Props {
  title: string;
  testId: string;
  children?: ReactNode;
}

/** A full-screen message for states with no content (unknown screen, first load): never a blank page. */
export function NoticeScreen({ title, testId, children }: Props) {
  return (
    <div className="notice-screen" data-testid={testId}>
      <div className="notice-screen__card">
        <h1 className="notice-screen__title">{title}</h1>
        {children}
      </div>
    </div>
  );
}
