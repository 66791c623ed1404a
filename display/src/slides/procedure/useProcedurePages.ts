import { useLayoutEffect, useState, type RefObject } from 'react';
import { columnsFor, paginate, type MeasuredSection, type Page } from './paginate.ts';

export interface PageGeometry {
  width: number;
  height: number;
  columns: number;
  columnWidth: number;
}

export interface ProcedurePages {
  geometry: PageGeometry | null;
  /** null until the first measurement (before the first paint). */
  pages: Page[] | null;
  /** True while the hidden measuring copy must be rendered. */
  measuring: boolean;
}

/** After an overflow is found in the real columns, pack again into a column this much shorter per step. */
const SHRINK_STEP = 0.04;
const MAX_SHRINK_STEPS = 4;

function readMeasurements(root: HTMLElement, keepWithNext: readonly (readonly boolean[])[]): MeasuredSection[] {
  const sections: (MeasuredSection & { rowHeights: number[] })[] = keepWithNext.map((keep) => ({
    headingHeight: 0,
    continuedHeadingHeight: 0,
    repeatHeight: 0,
    rowHeights: [],
    keepWithNext: keep,
  }));
  for (const el of root.querySelectorAll<HTMLElement>('[data-measure]')) {
    const [kind, s, r] = (el.dataset.measure ?? '').split(':');
    const section = sections[Number(s)];
    if (!section) continue;
    const height = el.getBoundingClientRect().height;
    if (kind === 'heading') section.headingHeight = height;
    else if (kind === 'continued') section.continuedHeadingHeight = height;
    else if (kind === 'repeat') section.repeatHeight = height;
    else if (kind === 'row') section.rowHeights[Number(r)] = height;
  }
  return sections;
}

/**
 * Measures every section row in a hidden copy at the real column width, packs them into pages, then checks
 * the real columns and packs again tighter if anything still overflows (a late font, rounding). Runs in
 * layout effects, so the first painted frame is already paginated. Re-measures on resize and font load.
 */
export function useProcedurePages(
  bodyRef: RefObject<HTMLElement | null>,
  measureRef: RefObject<HTMLElement | null>,
  /** Per section, per row: keep-with-next flags (also gives the section count). */
  keepWithNext: readonly (readonly boolean[])[],
): ProcedurePages {
  const [geometry, setGeometry] = useState<PageGeometry | null>(null);
  const [fontEpoch, setFontEpoch] = useState(0);
  const [shrink, setShrink] = useState(0);
  const [result, setResult] = useState<{ key: string; pages: Page[] } | null>(null);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const read = () => {
      const rect = body.getBoundingClientRect();
      const style = getComputedStyle(body);
      const gap = parseFloat(style.columnGap) || 0;
      const columns = columnsFor(rect.width, parseFloat(style.fontSize));
      const next: PageGeometry = {
        width: Math.round(rect.width),
        height: Math.floor(rect.height),
        columns,
        columnWidth: Math.floor((rect.width - gap * (columns - 1)) / columns),
      };
      setGeometry((prev) =>
        prev && prev.width === next.width && prev.height === next.height && prev.columns === next.columns ? prev : next,
      );
    };
    read();
    const observer = new ResizeObserver(read);
    observer.observe(body);
    const onFonts = () => setFontEpoch((n) => n + 1);
    document.fonts.addEventListener('loadingdone', onFonts);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', onFonts);
    };
  }, [bodyRef]);

  const key = geometry ? `${geometry.width}x${geometry.height}:${geometry.columns}:${fontEpoch}:${shrink}` : '';
  const measuring = geometry !== null && result?.key !== key;

  useLayoutEffect(() => {
    const root = measureRef.current;
    if (!measuring || !geometry || !root) return;
    const columnHeight = geometry.height * (1 - shrink * SHRINK_STEP) - 2;
    const pages = paginate(readMeasurements(root, keepWithNext), columnHeight, geometry.columns);
    setResult({ key, pages });
  }, [measuring, geometry, key, measureRef, keepWithNext, shrink]);

  // Verify the real columns; a column that still overflows triggers a tighter packing.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body || measuring || !result || shrink >= MAX_SHRINK_STEPS) return;
    const overflowing = [...body.querySelectorAll<HTMLElement>('.proc-column')].some(
      (column) => column.scrollHeight > column.clientHeight + 1,
    );
    if (overflowing) setShrink((n) => n + 1);
  }, [bodyRef, measuring, result, shrink]);

  return { geometry, pages: result?.pages ?? null, measuring };
}
