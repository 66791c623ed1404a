import type { Request } from 'express';
import type { School } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';

/** What every public page needs: the school, the address phones reach, and the injected clock's now. */
export interface PublicContext {
  school: School;
  /** `school.publicUrl` when the office set it, else the origin this page was opened by (no trailing slash). */
  baseUrl: string;
  now: Date;
}

export async function loadPublicContext(store: Store, clock: Clock, req: Request): Promise<PublicContext> {
  const school = await store.getSchool();
  return { school, baseUrl: school.publicUrl || requestOrigin(req), now: clock.now() };
}

/** The request's own origin (honours X-Forwarded-* only with TRUST_PROXY, through Express's `trust proxy`). */
export function requestOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** An address for QR codes, feeds and Open Graph: always absolute, on the public address. */
export function absoluteUrl(ctx: Pick<PublicContext, 'baseUrl'>, path: string): string {
  return `${ctx.baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
