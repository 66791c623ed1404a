import { useMemo } from 'react';
import { contentLabel } from '@bangtin/shared';

import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';

/** Content id → its one-line name, so "currentSlideId" reads as the slide's title. Kept fresh by pushes. */
export function useSlideTitles(): ReadonlyMap<string, string> {
  const api = useApi();
  const list = useLoad('slide-titles', () => api.content.list({}));
  useServerEvent('content:updated', (item) => list.update((items) => [...items.filter((i) => i.id !== item.id), item]));
  // In a child unit the ward's items play here too: name them, not their ids (empty at the root).
  const fromWard = useLoad('slide-titles-ward', () => api.ward.inherited());
  return useMemo(
    () => new Map([...(fromWard.data?.content ?? []).map((item) => [item.id, item.title] as const), ...(list.data ?? []).map((item) => [item.id, contentLabel(item)] as const)]),
    [list.data, fromWard.data],
  );
}
