import type { ProofEntry, PublicContentItem } from '@bangtin/shared';
import { useEffect, useLayoutEffect, useRef } from 'react';

/** The schema's ceiling for one entry; a kiosk left on one slide for longer reports this much. */
const MAX_ENTRY_MS = 24 * 3600_000;

/**
 * Proof of display: when a step (a slide, or a page of a paged slide) leaves the screen, or the player
 * goes away, reports what was shown, from when, for how long. Counted from the moment the step was
 * committed to the screen, so a content edit mid-slide closes one entry and opens the next without overlap.
 */
export function useStepLog(item: PublicContentItem | null, page: number, stepStartedAt: number, onStepEnd?: (entry: ProofEntry) => void): void {
  const onStepEndRef = useRef(onStepEnd);
  useLayoutEffect(() => {
    onStepEndRef.current = onStepEnd;
  });
  const slideId = item?.id ?? null;
  const version = item ? String(item.version) : null;

  useEffect(() => {
    if (slideId === null || version === null || stepStartedAt === 0) return;
    const shownAt = Date.now();
    return () => {
      onStepEndRef.current?.({
        slideId,
        version,
        startedAt: new Date(shownAt).toISOString(),
        durationMs: Math.min(MAX_ENTRY_MS, Math.max(0, Math.round(Date.now() - shownAt))),
      });
    };
  }, [slideId, version, page, stepStartedAt]);
}
