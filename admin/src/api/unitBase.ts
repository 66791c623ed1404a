import { unitBaseFromPath, urlFor, type RouteContract } from '@bangtin/shared/api';

/**
 * This console's unit, from the address it was opened at (units.md): '' at the root (/admin/…), '/<slug>' in a child
 * unit (/<slug>/admin/…). Read from the address on each use: the console never leaves its base, and the contract tests
 * run the client outside a browser (no `window`: the root).
 */
export const unitBase = (): string => (typeof window === 'undefined' ? '' : unitBaseFromPath(window.location.pathname));

/** A route contract's address under this unit's base: every request and download link of the console goes through it. */
export const apiUrl = (route: RouteContract, params?: Readonly<Record<string, string>>, query?: unknown): string =>
  `${unitBase()}${urlFor(route, params, query)}`;

/** A page of this unit outside the console (public site, print pages, kiosk): '/thong-bao' → '/<slug>/thong-bao' in a child. */
export const unitPath = (path: string): string => `${unitBase()}${path}`;
