import { describe, expect, it } from 'vitest';
import { api, contentMeta, gateWindowEntry } from '../helpers/contentFixtures.ts';
import { openFileStore } from '../../server/src/store/openStore.ts';
import { startServerProcess, tempDataDir } from '../helpers/serverProcess.ts';
import { connectDisplay, login, nextSnapshot, seededDatabase, startTestApp } from '../helpers/testApp.ts';

// Moved from the browser suite (tests/e2e/schedule.spec.ts): what it proved is the server's side — the real node-cron
// boundary task, on a real process's shifted clock, pushes the new plan to a connected screen. A kiosk drawing a pushed
// snapshot is the browser's part, covered by every e2e that sees a push (adminToDisplay.spec.ts and others).
describe('schedule boundaries on the real timer (real process, node-cron)', { timeout: 60_000 }, () => {
  it('a window that opens a few seconds later reaches a connected gate screen at the boundary', async () => {
    // The content and its 07:15–08:00 window are made first, in this process on the same data file, at 07:00 (Monday,
    // Hà Nội): only the boundary needs the real process (a first real start spent a CPU-second on setting up).
    const dir = tempDataDir('boundary-real');
    const now = new Date('2026-11-30T07:00:00+07:00');
    const { store } = await openFileStore(dir, () => seededDatabase(now));
    const setup = await startTestApp({ store, now });
    let item = '';
    try {
      const cookie = await login(setup.url);
      const created = await api(setup.url, cookie, 'POST', '/api/content', {
        ...contentMeta,
        screens: [],
        type: 'slogan',
        text: 'Giờ đón trẻ: cha mẹ vui lòng không dừng xe trước cổng trường',
        attribution: '',
        theme: 'green',
      });
      expect(created.status).toBe(201);
      item = (created.data as unknown as { id: string }).id;
      const entry = await api(setup.url, cookie, 'POST', '/api/schedules', gateWindowEntry(item, [{ start: '07:15', end: '08:00' }]));
      expect(entry.status).toBe(201);
    } finally {
      await setup.close();
      await store.flush();
    }

    // …then the server starts again at 07:14:54: the boundary is six seconds of real time away, and only the start and
    // one socket connection happen before it.
    const server = await startServerProcess({ DATA_DIR: dir, CLOCK_START: '2026-11-30T07:14:54+07:00' });
    const gate = connectDisplay(server.url, 'gate');
    try {
      const first = await nextSnapshot(gate);
      expect(first.items.map((i) => i.id)).not.toContain(item);
      expect(first.nextChangeAt).toBe('2026-11-30T00:15:00.000Z');
      // At 07:15:00 (server time) the boundary task pushes a plan of exactly that item, unasked.
      const pushed = await nextSnapshot(gate, (s) => s.items.some((i) => i.id === item), 20_000);
      expect(pushed.items.map((i) => i.id)).toEqual([item]);
    } finally {
      gate.disconnect();
      await server.stop();
    }
  });
});
