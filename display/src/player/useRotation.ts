import type { PublicContentItem } from '@bangtin/shared';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { failureKey, fadeMsFor, nextOf, resolveActive, slideDurationMs } from './rotation.ts';

/** A failed slide (render error, broken image) sits out this long, then is tried again. */
const FAILURE_COOL_DOWN_MS = 5 * 60_000;

interface RotationState {
  activeId: string | null;
  index: number;
  startedAt: number;
  /** The slide fading out under the active one; dropped when the fade ends. */
  leaving: PublicContentItem | null;
}

export interface Rotation {
  active: PublicContentItem | null;
  next: PublicContentItem | null;
  leaving: PublicContentItem | null;
  index: number;
  count: number;
  startedAt: number;
  durationMs: number;
  fadeMs: number;
  markFailed: (item: PublicContentItem) => void;
}

export function useRotation(items: readonly PublicContentItem[], speed: number): Rotation {
  const [failed, setFailed] = useState<ReadonlySet<string>>(() => new Set());
  const playable = useMemo(() => items.filter((item) => !failed.has(failureKey(item))), [items, failed]);
  const [state, setState] = useState<RotationState>({ activeId: null, index: 0, startedAt: 0, leaving: null });

  const resolved = resolveActive(playable, state.activeId, state.index);
  const active = resolved.item;
  const activeId = active?.id ?? null;
  const durationMs = active ? slideDurationMs(active, speed) : 0;
  const fadeMs = fadeMsFor(durationMs);
  const upcoming = nextOf(playable, resolved.index).item;
  const next = upcoming && upcoming.id !== activeId ? upcoming : null;
  const leaving = state.leaving && state.leaving.id !== activeId ? state.leaving : null;

  // A new snapshot (or a failure) changed which slide plays: restart its clock before the frame is painted.
  // The render above already shows the resolved slide, so there is never a frame without one.
  useLayoutEffect(() => {
    if (activeId !== state.activeId) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the slide clock must restart before paint, not a frame later
      setState((s) => ({ ...s, activeId, index: resolved.index, startedAt: Date.now() }));
    } else if (resolved.index !== state.index) {
      setState((s) => ({ ...s, index: resolved.index }));
    }
  }, [activeId, resolved.index, state.activeId, state.index]);

  // The slide timer. Re-armed when the playlist changes; the remaining time counts from when the slide started.
  useEffect(() => {
    if (!active || activeId !== state.activeId) return;
    const remaining = Math.max(0, state.startedAt + durationMs - Date.now());
    const timer = window.setTimeout(() => {
      const following = nextOf(playable, resolved.index);
      if (!following.item) return;
      const outgoing = following.item.id === active.id ? null : active;
      setState({ activeId: following.item.id, index: following.index, startedAt: Date.now(), leaving: outgoing });
    }, remaining);
    return () => window.clearTimeout(timer);
  }, [active, activeId, durationMs, playable, resolved.index, state.activeId, state.startedAt]);

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

  return {
    active,
    next,
    leaving,
    index: resolved.index,
    count: playable.length,
    startedAt: state.startedAt,
    durationMs,
    fadeMs,
    markFailed,
  };
}
