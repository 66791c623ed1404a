import { useLayoutEffect, useState } from 'react';
import { useLayer } from '../../player/layerContext.ts';

/**
 * Which page of a paged slide is up: each page gets an equal share of the slide's time, counted from when
 * the slide became active. The pre-rendered (next) copy sits on page 1.
 */
export function usePageIndex(pageCount: number): number {
  const { role, startedAt, durationMs } = useLayer();
  const [page, setPage] = useState(0);

  useLayoutEffect(() => {
    if (role !== 'active' || pageCount <= 1) return;
    const perPage = durationMs / pageCount;
    let timer: number | undefined;
    const tick = () => {
      const elapsed = Date.now() - startedAt;
      const current = Math.min(pageCount - 1, Math.max(0, Math.floor(elapsed / perPage)));
      setPage(current);
      if (current < pageCount - 1) timer = window.setTimeout(tick, startedAt + (current + 1) * perPage - Date.now());
    };
    tick();
    return () => window.clearTimeout(timer);
  }, [role, startedAt, durationMs, pageCount]);

  if (role === 'next') return 0;
  return Math.min(page, Math.max(0, pageCount - 1));
}
