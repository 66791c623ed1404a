import { calendarDate, type DisplaySnapshot, type PublicContentItem } from '@bangtin/shared';
import { useEffect, useMemo, useState } from 'react';
import { displayTimeZone } from '../frame/timeZone.ts';
import type { offlineItems } from '../schedule/offlinePlan.ts';
import { stillValidOn } from './offlineValidity.ts';

type OfflinePlanner = typeof offlineItems;

/**
 * The offline planner (the shared evaluator and the cron engine, ≈ 13 KB of gzip) is its own chunk: loaded as soon as a
 * snapshot carries a plan — long before the network can fail — and precached by the service worker, so an offline cold
 * start has it too. It is not needed to show the first slide.
 */
function useOfflinePlanner(wanted: boolean): OfflinePlanner | null {
  const [planner, setPlanner] = useState<{ plan: OfflinePlanner } | null>(null);
  useEffect(() => {
    if (!wanted || planner) return;
    let cancelled = false;
    import('../schedule/offlinePlan.ts')
      .then((module) => {
        if (!cancelled) setPlanner({ plan: module.offlineItems });
      })
      .catch((error: unknown) => console.warn('[bangtin] offline planner did not load', error));
    return () => {
      cancelled = true;
    };
  }, [wanted, planner]);
  return planner?.plan ?? null;
}

const NO_ITEMS: readonly PublicContentItem[] = [];

/**
 * A tick that changes when the offline plan may change: at the snapshot's next boundary, and at least every minute
 * (the kiosk's clock may have jumped, and dates roll over).
 */
function usePlanTick(nextChangeAt: string | null | undefined): number {
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const minute = window.setInterval(() => setTick(Date.now()), 60_000);
    const due = nextChangeAt ? Date.parse(nextChangeAt) - Date.now() : Number.NaN;
    const boundary = Number.isFinite(due) && due > 0 && due < 2 ** 31 - 1 ? window.setTimeout(() => setTick(Date.now()), due + 50) : undefined;
    return () => {
      window.clearInterval(minute);
      window.clearTimeout(boundary);
    };
  }, [nextChangeAt]);
  return tick;
}

/**
 * The items to play: the server's list while connected; without it, the shared evaluator on the cached plan (or, for
 * a snapshot without one, the cached list minus what has expired).
 */
export function usePlayableItems(snapshot: DisplaySnapshot | null, online: boolean): readonly PublicContentItem[] {
  const tick = usePlanTick(online ? null : snapshot?.nextChangeAt);
  const timeZone = displayTimeZone(snapshot?.school.timezone ?? '');
  const items = snapshot?.items ?? NO_ITEMS;
  const offlineItems = useOfflinePlanner(Boolean(snapshot?.schedule));
  const computed = useMemo(() => {
    if (online || !snapshot) return items;
    // Until the planner has loaded (a moment after start), what the last list still allows today.
    const planned = offlineItems ? offlineItems(snapshot, new Date(tick)) : null;
    return planned ?? stillValidOn(items, calendarDate(new Date(tick), timeZone));
  }, [items, online, snapshot, tick, timeZone, offlineItems]);
  // The same list re-planned each minute keeps its identity, so the player does not restart its rotation.
  const [stable, setStable] = useState(computed);
  const next = sameList(stable, computed) ? stable : computed;
  if (next !== stable) setStable(next);
  return next;
}

const sameList = (a: readonly PublicContentItem[], b: readonly PublicContentItem[]) =>
  a === b || (a.length === b.length && a.every((item, i) => item === b[i] || (item.id === b[i]?.id && item.version === b[i]?.version && item.durationSeconds === b[i]?.durationSeconds)));
