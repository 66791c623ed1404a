import { useState } from 'react';
import type { FeedbackCounts } from '@bangtin/shared';
import { useRealtimeStatus } from '../api/realtime.tsx';
import { useI18n } from '../i18nContext.tsx';
import { Link, useRouter } from '../router.tsx';
import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';

/**
 * The menu entry "Phản ánh, kiến nghị" with a badge: open items due within the reminder window or overdue, kept live
 * by the reminder job's push and by every change (then refetched).
 */
export function FeedbackNavItem({ onNavigate }: { onNavigate: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const { route } = useRouter();
  const { resyncToken } = useRealtimeStatus();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(`feedback-counts#${resyncToken}#${tick}`, () => api.feedback.counts(), { keepPrevious: true });
  const [pushed, setPushed] = useState<{ tick: number; counts: FeedbackCounts } | null>(null);
  useServerEvent('feedback:updated', (counts) => {
    if (counts) setPushed({ tick, counts });
    else setTick((n) => n + 1);
  });
  const counts = pushed && pushed.tick === tick ? pushed.counts : loaded.data;
  const due = counts ? counts.soon + counts.overdue : 0;
  const current = route.page === 'feedbackInbox' || route.page === 'feedbackDetail';
  return (
    <ul>
      <li>
        <Link to={{ page: 'feedbackInbox' }} aria-current={current ? 'page' : undefined} data-testid="nav-feedback" onNavigate={onNavigate}>
          {t('nav.feedback')}{' '}
          {due > 0 && (
            <span className={`nav-badge${counts && counts.overdue > 0 ? ' nav-badge--late' : ''}`} aria-label={t('feedback.badge', { count: due })} data-testid="feedback-badge">
              {due}
            </span>
          )}
        </Link>
      </li>
    </ul>
  );
}
