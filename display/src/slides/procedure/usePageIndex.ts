import { useEffect } from 'react';
import { useLayer } from '../../player/layerContext.ts';

/**
 * Which page of a paged slide is up. The rotation owns the page clock (each page is one step of the
 * rotation, so remote next/previous and the proof of display move page by page); this reports the
 * measured page count to it and reads the page back.
 */
export function usePageIndex(pageCount: number): number {
  const { page, reportPageCount } = useLayer();
  useEffect(() => reportPageCount(pageCount), [reportPageCount, pageCount]);
  return Math.min(page, Math.max(0, pageCount - 1));
}
