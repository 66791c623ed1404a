import type { PublicContentItem } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { stillValidOn } from '../../../display/src/connection/offlineValidity.ts';
import { HEAP_FLOOR_BYTES, heapLimitBytes, MAX_DOM_NODES, reloadReason, type BoundaryFacts } from '../../../display/src/kiosk/reloadPolicy.ts';
import { groupCode, refreshDelayMs, retryDelayMs, REFRESH_LEAD_MS } from '../../../display/src/pairing/pairingSchedule.ts';
import { toBase64Url } from '../../../display/src/pairing/deviceIdentity.ts';
import { deviceToken } from '@bangtin/shared';

const MB = 1024 * 1024;
const healthy: BoundaryFacts = {
  runningBuild: '/display/assets/index-A.js',
  servedBuild: '/display/assets/index-A.js',
  serviceWorker: 'current',
  heapBytes: 40 * MB,
  baselineHeapBytes: 30 * MB,
  domNodes: 900,
};

describe('reloading at a slide boundary', () => {
  it('keeps playing when all is well', () => {
    expect(reloadReason(healthy)).toBeNull();
    expect(reloadReason({ ...healthy, servedBuild: null })).toBeNull();
  });

  it('reloads when the heap passes max(300 MB, 3× the early baseline)', () => {
    expect(heapLimitBytes(null)).toBe(HEAP_FLOOR_BYTES);
    expect(heapLimitBytes(50 * MB)).toBe(HEAP_FLOOR_BYTES);
    expect(heapLimitBytes(150 * MB)).toBe(450 * MB);
    expect(reloadReason({ ...healthy, heapBytes: 301 * MB })).toMatch(/heap 301 MB exceeds 300 MB/);
    expect(reloadReason({ ...healthy, heapBytes: 400 * MB, baselineHeapBytes: 150 * MB })).toBeNull();
  });

  it('reloads when the DOM grows past 5,000 nodes', () => {
    expect(reloadReason({ ...healthy, domNodes: MAX_DOM_NODES })).toBeNull();
    expect(reloadReason({ ...healthy, domNodes: MAX_DOM_NODES + 1 })).toMatch(/DOM nodes/);
  });

  it('reloads for a new build once the new service worker has taken over, or at once without a worker', () => {
    const newBuild = { ...healthy, servedBuild: '/display/assets/index-B.js' };
    expect(reloadReason(newBuild)).toBeNull(); // the old worker would serve the old shell again
    expect(reloadReason({ ...newBuild, serviceWorker: 'updated' })).toMatch(/new display version/);
    expect(reloadReason({ ...newBuild, serviceWorker: 'none' })).toMatch(/index-B\.js/);
  });
});

describe('offline expiry', () => {
  const item = (id: string, validFrom: string | null, validUntil: string | null): PublicContentItem => ({
    id, type: 'slogan', text: id, attribution: '', theme: 'red', version: 1, validFrom, validUntil, durationSeconds: null, sample: false, source: '',
  });
  const items = [item('always', null, null), item('ends-today', null, '2026-11-02'), item('ended', null, '2026-11-01'), item('later', '2026-11-03', null)];

  it('drops what ended before today and what starts after it (dates in the school timezone)', () => {
    expect(stillValidOn(items, '2026-11-02').map((i) => i.id)).toEqual(['always', 'ends-today']);
  });

  it('returns the very same list when nothing expired (no needless re-render)', () => {
    const current = items.slice(0, 2);
    expect(stillValidOn(current, '2026-11-02')).toBe(current);
  });
});

describe('pairing', () => {
  it('makes device tokens the shared schema accepts', () => {
    const token = toBase64Url(new Uint8Array(32).map((_, i) => i * 7 + 250));
    expect(token).toHaveLength(43);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(deviceToken.safeParse(token).success).toBe(true);
  });

  it('asks for a new code shortly before expiry, and just after it when the server still had the same one', () => {
    const now = 1_000_000;
    expect(refreshDelayMs(now + 600_000, now, false)).toBe(600_000 - REFRESH_LEAD_MS);
    expect(refreshDelayMs(now + 2_000, now, true)).toBe(2_250);
    expect(refreshDelayMs(now - 60_000, now, false)).toBe(1_000); // already expired (clock skew): soon, not never
  });

  it('backs off 2, 4, 8 … 30 s while the server is unreachable', () => {
    expect([1, 2, 3, 4, 5, 10].map(retryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('groups the code in threes', () => {
    expect(groupCode('482913')).toBe('482 913');
  });
});
