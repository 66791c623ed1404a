import type { DisplaySnapshot } from '@bangtin/shared';
import { FeedbackBlock } from './FeedbackBlock.tsx';
import { Ticker } from './Ticker.tsx';

/** Reception: the legally required feedback address and office hours. Gate: the ticker, if any. */
export function Footer({ snapshot }: { snapshot: DisplaySnapshot }) {
  const { school, screen } = snapshot;
  if (screen.profile === 'reception') {
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
