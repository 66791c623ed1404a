import { lazy, Suspense, useState } from 'react';
import { contentLabel, formatDateTimeVi, hasRole, type ContentItem } from '@bangtin/shared';

import { ValidityRow } from '../content/Badges.tsx';
import { RejectSheet } from './RejectSheet.tsx';
import { LazyPreviewPane } from '../content/preview/lazy.ts';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { CardBody } from './CardBody.tsx';
import { WhereWhen } from './WhereWhen.tsx';
import { usePendingCount } from './PendingApprovals.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useScreens } from '../screens/useScreens.ts';
import { useI18n } from '../i18nContext.tsx';
import { Link } from '../router.tsx';
import { useTimeZone } from '../school.tsx';
import { useApi, useCurrentUser } from '../session.tsx';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';
import { PageHeader } from '../ui/layout/PageHeader.tsx';

// The full-screen preview carries the kiosk's slides: loaded on first use.
const FullPreview = lazy(() => import('./FullPreview.tsx'));

const short = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The principal's inbox: everything submitted, readable on a phone, each approved with one tap ("Duyệt") or
 * sent back with two ("Từ chối" → a quick reason). The list follows live pushes, so two approvers never see
 * stale cards for long, and a decision on a changed item is refused by the server as a conflict.
 */
export function ApprovalsPage() {
  const api = useApi();
  const { t, typeLabel } = useI18n();
  const toast = useToast();
  const failureMessage = useFailureMessage();
  const timeZone = useTimeZone();
  const canDecide = hasRole(useCurrentUser().role, 'approver');
  const screens = useScreens();
  const inbox = useLoad('approvals', () => api.content.list({ status: 'submitted' }));
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<ContentItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [enlarged, setEnlarged] = useState<ContentItem | null>(null);
  const schedules = useLoad('approvals-schedules', () => api.schedules.list());
  const pending = usePendingCount();

  useServerEvent('content:updated', (pushed) =>
    inbox.update((list) => {
      const others = list.filter((i) => i.id !== pushed.id);
      return pushed.status === 'submitted' ? [pushed, ...others] : others;
    }),
  );

  const decide = async (item: ContentItem, decision: () => Promise<ContentItem>, doneKey: 'approvals.approved' | 'approvals.rejected') => {
    setBusyId(item.id);
    setError(null);
    try {
      const saved = await decision();
      inbox.update((list) => list.filter((i) => i.id !== saved.id));
      setRejecting(null);
      // A mistaken tap on a phone is taken back from the toast (the server allows it only if nothing changed since).
      toast(t(doneKey, { label: short(contentLabel(saved), 60) }), 'success', { label: t('approvals.undo'), onClick: () => void undo(saved) });
    } catch (failure) {
      setError(failureMessage(failure));
      inbox.retry();
    } finally {
      setBusyId(null);
    }
  };

  const undo = async (decided: ContentItem) => {
    try {
      const back = await api.content.undoDecision(decided.id, decided.version);
      inbox.update((list) => [back, ...list.filter((i) => i.id !== back.id)]);
      toast(t('approvals.undone', { label: short(contentLabel(back), 60) }));
    } catch (failure) {
      toast(failureMessage(failure), 'error');
    }
  };

  const list = inbox.data;
  return (
    <section className="approvals-page" aria-labelledby="approvals-title">
      <PageHeader titleId="approvals-title" title={t('approvals.title')} intro={t(canDecide ? 'approvals.intro' : 'approvals.viewOnly')} />
      {pending !== null && pending > 0 && (
        <p className="approvals-count" data-testid="approvals-count">
          {t('approvals.pendingCount', { count: pending })}
        </p>
      )}
      {error && (
        <p className="alert alert--error" role="alert" data-testid="approvals-error">
          {error}
        </p>
      )}
      {inbox.loading && <Loading />}
      {inbox.error !== undefined && <LoadFailure error={inbox.error} onRetry={inbox.retry} />}
      {list?.length === 0 && (
        <p className="empty" data-testid="approvals-empty">
          {t('approvals.empty')}
        </p>
      )}
      <ul className="approval-list">
        {list?.map((item) => (
          <li key={item.id} className="approval-card" data-testid="approval-card" data-id={item.id}>
            <h2>{short(contentLabel(item))}</h2>
            <p className="muted">
              {t('approvals.meta', { type: typeLabel(item.type), user: item.updatedBy, time: formatDateTimeVi(new Date(item.updatedAt), timeZone) })}
            </p>
            <dl className="details">
              <CardBody item={item} />
              <WhereWhen item={item} screens={screens.data ?? []} schedules={schedules.data} />
              <ValidityRow item={item} />
            </dl>
            {canDecide && (
              <div className="approval-card__actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busyId !== null}
                  onClick={() => void decide(item, () => api.content.approve(item.id, item.version), 'approvals.approved')}
                  data-testid="approve"
                >
                  {t('approvals.approve')}
                </button>
                <button type="button" className="button button--danger" disabled={busyId !== null} onClick={() => setRejecting(item)} data-testid="reject">
                  {t('approvals.reject')}
                </button>
              </div>
            )}
            <div className="approval-card__preview">
              <Suspense fallback={null}>
                <LazyPreviewPane item={item} screens={screens.data ?? null} assigned={item.screens} compact />
              </Suspense>
              <button type="button" className="button button--small" onClick={() => setEnlarged(item)} data-testid="preview-enlarge">
                ⤢ {t('approvals.enlarge')}
              </button>
            </div>
            <Link to={{ page: 'contentEdit', type: item.type, id: item.id }} className="back-link">
              {t('approvals.edit')}
            </Link>
          </li>
        ))}
      </ul>
      {enlarged && screens.data && (
        <Suspense fallback={null}>
          <FullPreview item={enlarged} screens={screens.data} assigned={enlarged.screens} onClose={() => setEnlarged(null)} />
        </Suspense>
      )}
      {rejecting && (
        <RejectSheet
          label={short(contentLabel(rejecting))}
          busy={busyId !== null}
          onClose={() => setRejecting(null)}
          onSend={(reason) => void decide(rejecting, () => api.content.reject(rejecting.id, reason, rejecting.version), 'approvals.rejected')}
        />
      )}
    </section>
  );
}
