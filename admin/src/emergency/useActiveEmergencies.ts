import type { EmergencyNotice, EmergencyStatus } from '@bangtin/shared';
import { useRealtimeStatus } from '../api/realtime.tsx';
import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';

/**
 * The notices on the air, by screen id, followed live: the Screens page says "Đang hiện thông báo khẩn" on each card
 * instead of what played before the notice covered it.
 */
/** `now` is the page's ticking clock: a notice past its end stops counting before the server's push arrives. */
export function useActiveEmergencies(now: number): ReadonlyMap<string, EmergencyNotice> {
  const api = useApi();
  const { resyncToken } = useRealtimeStatus();
  const overview = useLoad(`emergencies-by-screen#${resyncToken}`, api.emergencies.list, { keepPrevious: true });
  useServerEvent('emergency:updated', (status: EmergencyStatus) =>
    overview.update((data) => ({ ...data, active: [status, ...data.active.filter((s) => s.notice.id !== status.notice.id)] })),
  );
  const byScreen = new Map<string, EmergencyNotice>();
  for (const status of overview.data?.active ?? []) {
    if (!status.active || Date.parse(status.notice.expiresAt) <= now) continue;
    for (const screenId of status.targetScreenIds) if (!byScreen.has(screenId)) byScreen.set(screenId, status.notice);
  }
  return byScreen;
}
