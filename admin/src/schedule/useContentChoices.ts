import { useMemo } from 'react';
import { contentLabel, type ContentItem } from '@bangtin/shared';

import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';

export interface ContentChoice {
  id: string;
  label: string;
  item: ContentItem;
}

/** Every content item not archived, approved first, for the schedule and playlist pickers (kept fresh by pushes). */
export function useContentChoices() {
  const api = useApi();
  const list = useLoad('content-choices', () => api.content.list({}));
  useServerEvent('content:updated', (item) => list.update((items) => [...items.filter((i) => i.id !== item.id), item]));
  const choices = useMemo(() => {
    const all = (list.data ?? []).map((item): ContentChoice => ({ id: item.id, label: contentLabel(item), item }));
    const byId = new Map(all.map((c) => [c.id, c] as const));
    const pickable = all
      .filter((c) => c.item.status !== 'archived')
      .sort((a, b) => Number(b.item.status === 'approved') - Number(a.item.status === 'approved') || a.label.localeCompare(b.label, 'vi'));
    return { byId, pickable };
  }, [list.data]);
  return { ...choices, loading: list.loading, error: list.error, retry: list.retry };
}
