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
  return useMemo(() => new Map((list.data ?? []).map((item) => [item.id, contentLabel(item)])), [list.data]);
}
