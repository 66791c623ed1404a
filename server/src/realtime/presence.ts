import type { DisplayHeartbeat, ScreenPresence } from '@bangtin/shared';
import type { Clock } from '../clock.ts';

/**
 * What each screen is doing, as it reports it. Kept in memory: it describes live connections, which a
 * restart ends anyway. (With several server processes this moves to the shared adapter's store.)
 */
export function createPresence(clock: Clock, onChange: () => void) {
  const screens = new Map<string, ScreenPresence>();

  const entry = (screenId: string): ScreenPresence => {
    let found = screens.get(screenId);
    if (!found) {
      found = {
        screenId,
        online: false,
        connections: 0,
        lastSeen: null,
        ackedVersion: null,
        currentSlideId: null,
        uptimeSeconds: null,
        appVersion: null,
        heapUsedBytes: null,
        clockOffsetMs: null,
        viewport: null,
      };
      screens.set(screenId, found);
    }
    return found;
  };

  return {
    connected(screenId: string) {
      const e = entry(screenId);
      e.connections += 1;
      e.online = true;
      e.lastSeen = clock.now().toISOString();
      onChange();
    },
    disconnected(screenId: string) {
      const e = entry(screenId);
      e.connections = Math.max(0, e.connections - 1);
      e.online = e.connections > 0;
      e.lastSeen = clock.now().toISOString();
      onChange();
    },
    heartbeat(screenId: string, beat: DisplayHeartbeat) {
      const e = entry(screenId);
      e.lastSeen = clock.now().toISOString();
      e.ackedVersion = beat.version;
      e.currentSlideId = beat.slideId;
      e.uptimeSeconds = beat.uptimeSeconds;
      e.viewport = beat.viewport;
      e.appVersion = beat.appVersion ?? e.appVersion;
      e.heapUsedBytes = beat.heapUsedBytes ?? null;
      e.clockOffsetMs = beat.clockOffsetMs ?? e.clockOffsetMs;
      // Every beat refreshes "last seen" for the office; pushes are coalesced to one a second upstream.
      onChange();
    },
    list: (): ScreenPresence[] => [...screens.values()].map((e) => ({ ...e })),
  };
}
export type Presence = ReturnType<typeof createPresence>;
