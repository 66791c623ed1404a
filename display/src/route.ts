/**
 * What the kiosk's address asks for: /display/<slug>?speed=N&lang=en.
 * The base comes from Vite (`/display/`), so the app never hard-codes where it is mounted.
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

export function parseRoute(pathname: string, search: string, base: string = import.meta.env.BASE_URL): DisplayRoute {
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
export function screenPath(slug: string, search: string, base: string = import.meta.env.BASE_URL): string {
  return `${base}${encodeURIComponent(slug)}${search}`;
}
