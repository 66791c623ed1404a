import { calendarDate, type DisplaySnapshot, type PublicContentItem } from '@bangtin/shared';
import { useEffect, useMemo, useState } from 'react';
import { displayTimeZone } from '../frame/timeZone.ts';
import { offlineItems } from '../schedule/offlinePlan.ts';
import { stillValidOn } from './offlineValidity.ts';

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
  const computed = useMemo(() => {
    if (online || !snapshot) return items;
    const planned = offlineItems(snapshot, new Date(tick));
    return planned ?? stillValidOn(items, calendarDate(new Date(tick), timeZone));
  }, [items, online, snapshot, tick, timeZone]);
  // The same list re-planned each minute keeps its identity, so the player does not restart its rotation.
  const [stable, setStable] = useState(computed);
  const next = sameList(stable, computed) ? stable : computed;
  if (next !== stable) setStable(next);
  return next;
}

const sameList = (a: readonly PublicContentItem[], b: readonly PublicContentItem[]) =>
  a === b || (a.length === b.length && a.every((item, i) => item === b[i] || (item.id === b[i]?.id && item.version === b[i]?.version && item.durationSeconds === b[i]?.durationSeconds)));
