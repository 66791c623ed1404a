import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScreenPresence } from '@bangtin/shared';
import { useRealtimeStatus } from '../api/realtime.tsx';
import { ageMs, mergePresence } from './liveness.ts';
import { useApi } from '../session.tsx';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';

/** How often ages ("2 phút trước") and the stale rule are re-evaluated. */
const TICK_MS = 5_000;
/**
 * The server pushes presence when a kiosk connects, disconnects or changes slide or version, not on every
 * heartbeat. An online screen whose last beat we know is older than this is re-read over REST, so a healthy
 * kiosk showing one slide for minutes is not mistaken for a silent one.
 */
const RECHECK_AFTER_MS = 12_000;
const MIN_RECHECK_GAP_MS = 5_000;

/** Live presence of every screen: REST on load and after reconnects, socket pushes in between, a ticking clock. */
export function usePresence() {
  const api = useApi();
  const { resyncToken } = useRealtimeStatus();
  const [presence, setPresence] = useState<ReadonlyMap<string, ScreenPresence>>(() => new Map());
  const [error, setError] = useState<unknown>(undefined);
  const [now, setNow] = useState(() => Date.now());
  const lastFetchAt = useRef(0);

  const refresh = useCallback(() => {
    lastFetchAt.current = Date.now();
    api.screens.presence().then(
      (list) => {
        setPresence((current) => mergePresence(current, list));
        setError(undefined);
      },
      (failure: unknown) => setError(failure),
    );
  }, [api]);

  useServerEvent('screens:presence', (list) => setPresence((current) => mergePresence(current, list)));

  useEffect(refresh, [refresh, resyncToken]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    if (now - lastFetchAt.current < MIN_RECHECK_GAP_MS) return;
    const quiet = [...presence.values()].some((entry) => entry.online && (ageMs(entry, now) ?? 0) > RECHECK_AFTER_MS);
    if (quiet) refresh();
  }, [now, presence, refresh]);

  return { presence, now, error };
}
