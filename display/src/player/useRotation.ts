import type { PublicContentItem } from '@bangtin/shared';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SnapshotContext } from '../slides/snapshotContext.ts';
import {
  failureKey,
  fadeMsFor,
  isPageTurn,
  nextOf,
  resolveActive,
  slideDurationMs,
  stepBack,
  stepForward,
  type StepPosition,
} from './rotation.ts';

/** A video's own end moves the rotation on; its timer waits this much longer (slow start, a short stall). */
const VIDEO_TIMER_GRACE_MS = 15_000;

/** A failed slide (render error, broken image) sits out this long, then is tried again. */
const FAILURE_COOL_DOWN_MS = 5 * 60_000;
/** Page counts remembered per item version; old versions are forgotten beyond this. */
const MAX_PAGE_COUNTS = 200;

/** The slide fading out under the active one, on the page it was showing. */
export interface LeavingLayer {
  item: PublicContentItem;
  page: number;
}

interface RotationState {
  activeId: string | null;
  index: number;
  page: number;
  /** When the current step (a slide, or one page of a paged slide) began; its timer counts from here. */
  stepStartedAt: number;
  leaving: LeavingLayer | null;
}

export interface Rotation {
  active: PublicContentItem | null;
  next: PublicContentItem | null;
  leaving: LeavingLayer | null;
  index: number;
  count: number;
  page: number;
  pageCount: number;
  stepStartedAt: number;
  /** The whole slide's time (all its pages). */
  durationMs: number;
  /** One step's time: the slide's time shared equally by its pages. */
  stepMs: number;
  fadeMs: number;
  markFailed: (item: PublicContentItem) => void;
  /** A paged slide tells how many pages it has once measured (keyed by `failureKey`). */
  reportPageCount: (itemKey: string, pages: number) => void;
  /** One step forward or back (remote next / previous), restarting that step's timer. */
  step: (direction: 1 | -1) => void;
}

interface Latest {
  playable: readonly PublicContentItem[];
  position: StepPosition;
  active: PublicContentItem | null;
  fadeMs: number;
  pagesAt: (index: number) => number;
  onSlideBoundary: (() => void) | undefined;
}

/**
 * The rotation's clock. Each step is a slide, or one page of a paged slide (a long procedure), so the
 * timer, the remote next/previous and the proof of display all move by what is really on screen.
 * `onSlideBoundary` runs just before a slide change: the kiosk may reload there, never mid-slide.
 */
export function useRotation(items: readonly PublicContentItem[], speed: number, onSlideBoundary?: () => void): Rotation {
  // The reading-time bounds the school set in Settings (absent in an old cached snapshot: the defaults apply).
  const snapshot = useContext(SnapshotContext);
  const bounds = snapshot?.school.slideDefaults;
  // A procedure is a one-slide summary off the reception screen: timed by the summary's reading time.
  const profile = snapshot?.screen.profile;
  const [failed, setFailed] = useState<ReadonlySet<string>>(() => new Set());
  const [pageCounts, setPageCounts] = useState<ReadonlyMap<string, number>>(() => new Map());
  const playable = useMemo(() => items.filter((item) => !failed.has(failureKey(item))), [items, failed]);
  const [state, setState] = useState<RotationState>({ activeId: null, index: 0, page: 0, stepStartedAt: 0, leaving: null });

  const resolved = resolveActive(playable, state.activeId, state.index);
  const active = resolved.item;
  const activeId = active?.id ?? null;
  const pagesAt = useCallback((index: number) => {
    const item = playable[index];
    return item ? (pageCounts.get(failureKey(item)) ?? 1) : 1;
  }, [playable, pageCounts]);
  const pageCount = pagesAt(resolved.index);
  const page = activeId === state.activeId ? Math.min(state.page, pageCount - 1) : 0;
  const durationMs = active ? slideDurationMs(active, speed, bounds, profile) : 0;
  const stepMs = durationMs / pageCount;
  const fadeMs = fadeMsFor(stepMs);
  // A video ends the step itself when it has played (LayerInfo.finish); the timer is then only its watchdog.
  const timerMs = active?.type === 'video' ? stepMs * speed + VIDEO_TIMER_GRACE_MS : stepMs;
  const upcoming = nextOf(playable, resolved.index).item;
  const next = upcoming && upcoming.id !== activeId ? upcoming : null;
  const leaving = state.leaving && state.leaving.item.id !== activeId ? state.leaving : null;

  const latest = useRef<Latest | null>(null);
  useLayoutEffect(() => {
    latest.current = { playable, position: { index: resolved.index, page }, active, fadeMs, pagesAt, onSlideBoundary };
  });

  // A new snapshot (or a failure) changed which slide plays: restart its clock before the frame is painted.
  // The render above already shows the resolved slide, so there is never a frame without one.
  useLayoutEffect(() => {
    if (activeId !== state.activeId) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the slide clock must restart before paint, not a frame later
      setState((s) => ({ ...s, activeId, index: resolved.index, page: 0, stepStartedAt: Date.now() }));
    } else if (resolved.index !== state.index) {
      setState((s) => ({ ...s, index: resolved.index }));
    }
  }, [activeId, resolved.index, state.activeId, state.index]);

  const step = useCallback((direction: 1 | -1) => {
    const now = latest.current;
    if (!now?.active) return;
    const move = direction === 1 ? stepForward : stepBack;
    const target = move(now.position, now.playable.length, now.pagesAt);
    const item = now.playable[target.index];
    if (!item) return;
    const pageTurn = isPageTurn(now.position, target, direction);
    if (!pageTurn) now.onSlideBoundary?.();
    const outgoing = !pageTurn && item.id !== now.active.id && now.fadeMs > 0 ? { item: now.active, page: now.position.page } : null;
    setState((s) => ({
      activeId: item.id,
      index: target.index,
      page: target.page,
      stepStartedAt: Date.now(),
      leaving: pageTurn ? s.leaving : outgoing,
    }));
  }, []);

  // The step timer: re-armed when the step, its length or the slide changes; counts from when the step began.
  useEffect(() => {
    if (!activeId || activeId !== state.activeId) return;
    const timer = window.setTimeout(() => step(1), Math.max(0, state.stepStartedAt + timerMs - Date.now()));
    return () => window.clearTimeout(timer);
  }, [activeId, state.activeId, state.stepStartedAt, timerMs, step]);

  // Drop the outgoing layer once the new one has faded in over it.
  useEffect(() => {
    if (!state.leaving) return;
    const timer = window.setTimeout(() => setState((s) => ({ ...s, leaving: null })), fadeMs + 50);
    return () => window.clearTimeout(timer);
  }, [state.leaving, fadeMs]);

  const markFailed = useCallback((item: PublicContentItem) => {
    const key = failureKey(item);
    console.warn(`[bangtin] skipping slide ${key}`);
    setFailed((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
    window.setTimeout(() => {
      setFailed((prev) => {
        const copy = new Set(prev);
        copy.delete(key);
        return copy;
      });
    }, FAILURE_COOL_DOWN_MS);
  }, []);

  const reportPageCount = useCallback((itemKey: string, pages: number) => {
    setPageCounts((prev) => {
      if (prev.get(itemKey) === pages) return prev;
      const copy = new Map(prev).set(itemKey, pages);
      for (const key of copy.keys()) if (copy.size > MAX_PAGE_COUNTS) copy.delete(key);
      return copy;
    });
  }, []);

  return {
    active,
    next,
    leaving,
    index: resolved.index,
    count: playable.length,
    page,
    pageCount,
    stepStartedAt: state.stepStartedAt,
    durationMs,
    stepMs,
    fadeMs,
    markFailed,
    reportPageCount,
    step,
  };
}
