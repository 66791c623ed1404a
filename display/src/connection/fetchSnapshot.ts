import { errorBody, type DisplaySnapshot } from '@bangtin/shared';
import { validateSnapshot } from './validateSnapshot.ts';
import { unitPath } from '../route.ts';

export type FetchSnapshotResult =
  | { kind: 'snapshot'; snapshot: DisplaySnapshot }
  | { kind: 'not-found' }
  /** Network down, server error, or a 404 that is not ours (e.g. a proxy): keep what we have. */
  | { kind: 'unavailable' };

/** GET /api/display/<slug> → `{ data: DisplaySnapshot }`; paints the first frame when the socket is slow. */
export async function fetchSnapshot(slug: string, signal: AbortSignal): Promise<FetchSnapshotResult> {
  try {
    const response = await fetch(unitPath(`/api/display/${encodeURIComponent(slug)}`), {
      signal,
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.status === 404) {
      const error = errorBody.safeParse(body);
      return error.success && error.data.error.code === 'NOT_FOUND' ? { kind: 'not-found' } : { kind: 'unavailable' };
    }
    if (!response.ok || typeof body !== 'object' || body === null || !('data' in body)) return { kind: 'unavailable' };
    const snapshot = validateSnapshot(body.data, 'HTTP');
    return snapshot ? { kind: 'snapshot', snapshot } : { kind: 'unavailable' };
  } catch {
    return { kind: 'unavailable' };
  }
}
