import type { ScreenPresence } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from '../../../admin/src/screens/ScreenStatus.tsx';
import { livenessOf, STALE_AFTER_MS } from '../../../admin/src/screens/liveness.ts';
import { renderAdmin } from '../render.tsx';

const NOW = Date.parse('2026-12-07T01:00:00Z');
const presence = (over: Partial<ScreenPresence>): ScreenPresence => ({
  screenId: 'gate',
  online: true,
  connections: 1,
  lastSeen: new Date(NOW - 2000).toISOString(),
  ackedVersion: null,
  currentSlideId: null,
  uptimeSeconds: 60,
  appVersion: null,
  heapUsedBytes: null,
  clockOffsetMs: 0,
  viewport: null,
  ...over,
});

// The Screens page's half of "a kiosk that loses its network is shown offline" (the server's half, with a pulled cable:
// tests/integration/presenceOffline.test.ts).
describe('the Screens page badge tells the office what a kiosk is doing', () => {
  it.each([
    ['never paired or never seen', undefined, 'never', 'Chưa kết nối'],
    ['the server says its socket closed', presence({ online: false, connections: 0 }), 'offline', 'Mất kết nối'],
    ['beating', presence({}), 'online', 'Đang hoạt động'],
    ['a socket held open but silent past the limit', presence({ lastSeen: new Date(NOW - STALE_AFTER_MS - 1000).toISOString() }), 'stale', 'Mất kết nối'],
  ] as const)('%s → %s', (_what, entry, liveness, label) => {
    expect(livenessOf(entry, NOW)).toBe(liveness);
    const { getByTestId } = renderAdmin(<StatusBadge liveness={livenessOf(entry, NOW)} />);
    expect(getByTestId('screen-status').getAttribute('data-status')).toBe(liveness);
    expect(getByTestId('screen-status').textContent).toBe(label);
  });
});
