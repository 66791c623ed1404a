import type { Request } from 'express';
import { unitPublicAddress, type School } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';

/** What every public page needs: the school, the address phones reach, the unit's base, and the injected clock's now. */
export interface PublicContext {
  school: School;
  /**
   * The unit's public address (no trailing slash): `school.publicUrl` when the office set it, else the origin this page
   * was opened by — with the unit's base after it (`https://bangtin.phuong.vn/truong-a` for a child unit).
   */
  baseUrl: string;
  /** The unit's base path: '' at the root (a single school), '/truong-a' for a child unit. Absent means ''. */
  base?: string;
  now: Date;
}

/**
 * The unit's base path from the request: the shell mounts a child unit's whole runtime at '/<slug>', so inside any of
 * its handlers `req.baseUrl` is '/<slug>'; at the root it is ''. The public routers are mounted without a path of
 * their own, so nothing else is in it.
 */
export function siteBase(req: Pick<Request, 'baseUrl'>): string {
  return req.baseUrl.replace(/\/+$/, '');
}

export async function loadPublicContext(store: Store, clock: Clock, req: Request): Promise<PublicContext> {
  const school = await store.getSchool();
  const base = siteBase(req);
  return { school, base, baseUrl: unitPublicAddress(school.publicUrl || requestOrigin(req), base), now: clock.now() };
}

/** The request's own origin (honours X-Forwarded-* only with TRUST_PROXY, through Express's `trust proxy`). */
export function requestOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/**
 * A page of this unit's site, as a link, form action or redirect: `/gop-y` → `/truong-a/gop-y` in a child unit,
 * unchanged at the root. Every internal address on a public page goes through here (or `absoluteUrl`); only the
 * assets every unit shares stay at the site's top: `/site/…` (stylesheet, fonts) and `/media/…` (one media folder).
 */
export function sitePath(ctx: Pick<PublicContext, 'base'>, path: string): string {
  return `${ctx.base ?? ''}${path.startsWith('/') ? path : `/${path}`}`;
}

/** What every unit shares at the site's top: the stylesheet and fonts (`/site/`), the one media folder (`/media/`). */
const SHARED_PATH = /^\/(media|site)\//;

/**
 * An address the office typed (a Markdown link): a page of the unit's own site ("/gop-y") gets the unit's base in
 * front; an outside address, a shared asset or anything at the root unit stays as typed.
 */
export function officeLink(address: string, base: string | undefined): string {
  return base && /^\/(?![/\\])/.test(address) && !SHARED_PATH.test(address) ? `${base}${address}` : address;
}

/** An address for QR codes, feeds, Open Graph and e-mails: always absolute, on the unit's public address. */
export function absoluteUrl(ctx: Pick<PublicContext, 'baseUrl'>, path: string): string {
  return `${ctx.baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
