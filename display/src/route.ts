import { unitBaseFromPath } from '@bangtin/shared/api';

// (The unit helpers live here, beside the address parsing, rather than in a module of their own: a new module shared by
// the start script and the lazy chunks made the bundler split the start script in three, ≈ 2 KB more gzip at start.)

/**
 * The kiosk's unit, from its address (units.md): '' for /display/…, '/<slug>' for /<slug>/display/…. Its API calls,
 * sockets, service worker and remembered data are that unit's; the built assets stay at /display/assets/ for all.
 */
export const unitBase = (pathname: string = window.location.pathname): string => unitBaseFromPath(pathname);

/** Where this unit's kiosk pages live: '/display/' or '/<slug>/display/' (its service worker's scope). */
export const displayBase = (pathname?: string): string => `${unitBase(pathname)}/display/`;

/** A path of this unit's server ('/api/…', a socket namespace): prefixed with the base in a child unit. */
export const unitPath = (path: string): string => `${unitBase()}${path}`;

/**
 * A local-storage key of this unit. The root's keys stay as they always were (kiosks already paired keep their
 * pairing and cached snapshot); a child's carry its base, so a device that has shown screens of two units never
 * plays, reports or authenticates one unit's screen with the other's data.
 */
export const unitStorageKey = (key: string): string => {
  const base = unitBase();
  return base === '' ? key : `${key}@${base}`;
};

/**
 * What the kiosk's address asks for: /display/<slug>?speed=N&lang=en (/<unit>/display/<slug> in a child unit).
 * The base comes from the address itself (unitBase above), so the app never hard-codes where it is mounted.
 */
export interface DisplayRoute {
  /** null when the address names no screen: a new kiosk, which shows the pairing screen. */
  slug: string | null;
  /**
   * Test and benchmark hook: `?speed=N` (1–1000) divides every slide and page duration by N, so an e2e
   * test cycles a whole playlist in seconds and the display benchmark runs 5,000 transitions at ×1000.
   * Absent or invalid → 1 (real time).
   */
  speed: number;
}

const MAX_SPEED = 1000;
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function parseRoute(pathname: string, search: string, base: string = displayBase(pathname)): DisplayRoute {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const first = decodeURIComponent(rest.split('/')[0] ?? '').trim().toLowerCase();
  const slug = first === '' || first === 'index.html' ? null : first;
  return { slug, speed: parseSpeed(search) };
}

/** A malformed slug is still a slug: the app shows "unknown screen" for it rather than "not assigned". */
export function isWellFormedSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

export function parseSpeed(search: string): number {
  const raw = Number(new URLSearchParams(search).get('speed'));
  if (!Number.isFinite(raw) || raw <= 0) return 1;
  return Math.min(MAX_SPEED, Math.max(1, raw));
}

/** The address of a screen's board, keeping the query (`?lang=en`, `?speed=N`). */
export function screenPath(slug: string, search: string, base: string = displayBase()): string {
  return `${base}${encodeURIComponent(slug)}${search}`;
}
