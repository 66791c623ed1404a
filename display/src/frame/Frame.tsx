import type { DisplaySnapshot } from '@bangtin/shared';
import type { ReactNode } from 'react';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';
import { OfflineIndicator } from './OfflineIndicator.tsx';

interface Props {
  snapshot: DisplaySnapshot;
  online: boolean;
  children: ReactNode;
}

/** Full-screen layout: header (school, date, clock) · the player · footer by screen profile. */
export function Frame({ snapshot, online, children }: Props) {
  return (
    <div className="frame">
      <Header school={snapshot.school} />
      <main className="frame-main">
        {children}
        <OfflineIndicator online={online} />
      </main>
      <Footer snapshot={snapshot} />
    </div>
  );
}
