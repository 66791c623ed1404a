import type { ContentItem } from '@bangtin/shared';
import { useRealtimeStatus } from '../api/realtime.tsx';
import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';

/** Every content item, kept current by the server's pushes (the dashboard counts and names from it). */
export function useAllContent() {
  const api = useApi();
  const { resyncToken } = useRealtimeStatus();
  const list = useLoad(`all-content#${resyncToken}`, () => api.content.list({}), { keepPrevious: true });
  useServerEvent('content:updated', (item: ContentItem) => list.update((items) => [...items.filter((i) => i.id !== item.id), item]));
  return list;
}
