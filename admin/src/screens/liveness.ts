import type { ScreenPresence } from '@bangtin/shared';

/**
 * Kiosks beat every ~10 s. The server pushes at once when a socket closes, but a kiosk that loses its network
 * keeps its socket "open" until the ping timeout (~45 s): past this age the console calls it offline itself.
 */
export const STALE_AFTER_MS = 25_000;
/** A kiosk clock this far off shows wrong dates and validity boundaries: worth a warning. */
export const CLOCK_WARN_MS = 30_000;

/** online: beating; stale: the server still holds a socket but no beat for a while; never: no device ever. */
export type Liveness = 'online' | 'stale' | 'offline' | 'never';

export function ageMs(presence: ScreenPresence | undefined, nowMs: number): number | null {
  if (!presence?.lastSeen) return null;
  return Math.max(0, nowMs - Date.parse(presence.lastSeen));
}

export function livenessOf(presence: ScreenPresence | undefined, nowMs: number): Liveness {
  if (!presence || (!presence.online && presence.lastSeen === null)) return 'never';
  if (!presence.online) return 'offline';
  const age = ageMs(presence, nowMs);
  return age !== null && age > STALE_AFTER_MS ? 'stale' : 'online';
}

/**
 * Folds a presence list (socket push or REST answer) into what we hold. Both describe the whole server state,
 * but they can arrive out of order: per screen, the entry seen most recently wins.
 */
export function mergePresence(
  current: ReadonlyMap<string, ScreenPresence>,
  incoming: readonly ScreenPresence[],
): Map<string, ScreenPresence> {
  const next = new Map(current);
  for (const entry of incoming) {
    const held = next.get(entry.screenId);
    const heldAt = held?.lastSeen ? Date.parse(held.lastSeen) : -Infinity;
    const entryAt = entry.lastSeen ? Date.parse(entry.lastSeen) : -Infinity;
    if (!held || entryAt >= heldAt) next.set(entry.screenId, entry);
  }
  return next;
}

/** "/display/assets/index-BkX3a9Qe.js" → "BkX3a9Qe": the build hash is what tells two releases apart. */
export function shortBuild(appVersion: string): string {
  const file = appVersion.split('/').pop() ?? appVersion;
  const stem = file.replace(/\.m?js$/, '');
  const hash = /-([A-Za-z0-9_]{6,})$/.exec(stem)?.[1];
  return (hash ?? stem).slice(0, 10);
}
