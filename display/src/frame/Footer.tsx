import type { DisplaySnapshot } from '@bangtin/shared';
import { FeedbackBlock } from './FeedbackBlock.tsx';
import { Ticker } from './Ticker.tsx';

/**
 * Reception (and any interactive look-up screen): the legally required feedback address and office hours, always
 * visible. Gate: the ticker, if any.
 */
export function Footer({ snapshot }: { snapshot: DisplaySnapshot }) {
  const { school, screen } = snapshot;
  if (screen.profile === 'reception' || screen.interactive) {
    return (
      <footer className="frame-footer frame-footer--reception">
        <FeedbackBlock school={school} />
      </footer>
    );
  }
  if (!school.tickerText) return null;
  return (
    <footer className="frame-footer frame-footer--gate">
      <Ticker text={school.tickerText} />
    </footer>
  );
}
