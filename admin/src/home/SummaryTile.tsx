import { Link } from '../router.tsx';
import type { Route } from '../routes.ts';

interface SummaryTileProps {
  count: number;
  label: string;
  /** Where the tile leads (null: the list is on this page). */
  to: Route | null;
  /** calm: nothing to do; attention: work waiting; alarm: something is wrong on a screen. */
  tone: 'calm' | 'attention' | 'alarm';
  ready: boolean;
  testId: string;
}

/** One big number of the dashboard ("3 chờ duyệt"), a link to where it is dealt with. */
export function SummaryTile({ count, label, to, tone, ready, testId }: SummaryTileProps) {
  const body = (
    <>
      <span className="home-tile__count">{ready ? count : '…'}</span>
      <span className="home-tile__label">{label}</span>
    </>
  );
  return (
    <li className={`home-tile home-tile--${ready ? tone : 'calm'}`} data-testid={testId} data-count={ready ? count : undefined}>
      {to ? <Link to={to}>{body}</Link> : <div>{body}</div>}
    </li>
  );
}
