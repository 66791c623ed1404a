import type { DisplaySnapshot } from '@bangtin/shared';
import { validateSnapshot } from './validateSnapshot.ts';
import { unitStorageKey } from '../route.ts';

/**
 * The last good snapshot per screen, so a kiosk rebooted while the server is down still shows content.
 * (The offline milestone adds a service worker for the app shell and media; this keeps the data.)
 */
const keyFor = (slug: string) => unitStorageKey(`bangtin:display:snapshot:${slug}`);

export function loadCachedSnapshot(slug: string): DisplaySnapshot | null {
  try {
    const raw = window.localStorage.getItem(keyFor(slug));
    return raw ? validateSnapshot(JSON.parse(raw), 'localStorage') : null;
  } catch {
    return null; // unreadable JSON or storage disabled: start without a cache
  }
}

export function saveCachedSnapshot(slug: string, snapshot: DisplaySnapshot): void {
  try {
    window.localStorage.setItem(keyFor(slug), JSON.stringify(snapshot));
  } catch {
    // Quota exceeded or storage disabled: the screen still plays from memory.
  }
}

export function clearCachedSnapshot(slug: string): void {
  try {
    window.localStorage.removeItem(keyFor(slug));
  } catch {
    // Storage disabled: nothing was cached.
  }
}
