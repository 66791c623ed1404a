import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { contentLabel, hasRole, type ContentItem } from '@bangtin/shared';
import { useRealtimeStatus } from '../api/realtime.tsx';
import { useI18n } from '../i18nContext.tsx';
import { useRouter } from '../router.tsx';
import { useApi, useCurrentUser } from '../session.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';
import { unitBase } from '../api/unitBase.ts';

const PendingContext = createContext<number | null>(null);

/** How many items wait for approval (null while loading), live. */
export const usePendingCount = () => useContext(PendingContext);

const short = (item: ContentItem) => {
  const label = contentLabel(item);
  return label.length > 60 ? `${label.slice(0, 59)}…` : label;
};

/**
 * The principal's "something is waiting": the count behind the menu badge and the inbox heading, followed live over
 * the /admin socket; a toast when a new item arrives (approvers) or comes back rejected (its office); and the landing:
 * an approver who opens the console at its root while something waits lands on the inbox.
 */
export function PendingApprovalsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { t } = useI18n();
  const toast = useToast();
  const user = useCurrentUser();
  const { route, navigate } = useRouter();
  const { resyncToken } = useRealtimeStatus();
  const isApprover = hasRole(user.role, 'approver');
  const waiting = useLoad(`pending#${resyncToken}`, () => api.content.list({ status: 'submitted' }), { keepPrevious: true });
  const landed = useRef(false);

  useServerEvent('content:updated', (item) => {
    const wasWaiting = waiting.data?.some((i) => i.id === item.id) ?? false;
    waiting.update((list) => [...list.filter((i) => i.id !== item.id), ...(item.status === 'submitted' ? [item] : [])]);
    if (item.updatedBy === user.username) return; // one's own action already has its toast
    if (item.status === 'submitted' && !wasWaiting && isApprover) {
      toast(t('approvals.arrived', { label: short(item), user: item.updatedBy }), 'info', {
        label: t('approvals.openInbox'),
        onClick: () => void navigate({ page: 'approvals' }),
      });
    } else if (item.status === 'rejected' && wasWaiting && !isApprover) {
      toast(t('approvals.cameBack', { label: short(item), reason: item.rejectionReason ?? '' }), 'error');
    }
  });

  const count = waiting.data?.length ?? null;
  // The landing, once per visit: for the principal, the root address (the dashboard) becomes the inbox when something
  // waits. An admin keeps the dashboard, whose "waiting" tile leads to the same inbox.
  const isPrincipal = user.role === 'approver';
  useEffect(() => {
    if (landed.current || count === null) return;
    landed.current = true;
    const atRoot = window.location.pathname.replace(/\/+$/, '') === `${unitBase()}/admin`;
    if (isPrincipal && count > 0 && atRoot && route.page === 'home') void navigate({ page: 'approvals' }, { replace: true });
  }, [count, isPrincipal, navigate, route.page]);

  return <PendingContext value={count}>{children}</PendingContext>;
}

/** The menu's count bubble ("3"), hidden at zero. */
export function PendingBadge() {
  const { t } = useI18n();
  const count = usePendingCount();
  if (!count) return null;
  return (
    <span className="nav-badge" aria-label={t('approvals.pendingCount', { count })} data-testid="pending-badge">
      {count}
    </span>
  );
}
