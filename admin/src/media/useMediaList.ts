import { useState } from 'react';
import type { MediaItem } from '@bangtin/shared';
import { useApi } from '../session.tsx';
import { useDebounced } from '../ui/hooks/useDebounced.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';

export type MediaKindFilter = '' | MediaItem['kind'];

/** Search, kind filter and server-side pages of the media library (the page resets when a filter changes). */
export function useMediaList(pageSize: number, fixedKind: MediaKindFilter = '') {
  const api = useApi();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<MediaKindFilter>(fixedKind);
  const [pageState, setPageState] = useState({ key: '', page: 1 });
  const [reload, setReload] = useState(0);
  const q = useDebounced(search.trim(), 300);
  const filterKey = JSON.stringify([q, kind]);
  const page = pageState.key === filterKey ? pageState.page : 1;
  const list = useLoad(`${filterKey}#${page}#${reload}`, () => api.media.list({ q, kind: kind || undefined, page, pageSize }), {
    keepPrevious: true,
  });
  const data = list.data;
  return {
    search,
    setSearch,
    kind,
    setKind,
    list,
    page: data?.page ?? page,
    pages: data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1,
    setPage: (next: number) => setPageState({ key: filterKey, page: next }),
    refresh: () => setReload((n) => n + 1),
  };
}
