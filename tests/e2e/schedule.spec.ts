import { seededDataDir, startServerProcess, type ServerProcess } from '../helpers/serverProcess.ts';
import { ADMIN_PASSWORD, apiLogin, apiPost, contentMeta, expect, shot, test } from './fixtures.ts';
import { pairKiosk } from './pairKiosk.ts';
import { gateWindowEntry } from '../helpers/contentFixtures.ts';

/**
 * Scheduling as the school lives it, against the real server process (node-cron boundary tasks, real sockets) and the
 * kiosk in Chromium.
 */

// Each test runs its own server process: they can run side by side.
test.describe.configure({ mode: 'parallel' });

const servers: ServerProcess[] = [];
test.afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});
const start = async (env: Record<string, string>) => {
  const server = await startServerProcess({ ADMIN_PASSWORD, ...env });
  servers.push(server);
  return server;
};

async function slogan(url: string, cookie: string, text: string): Promise<string> {
  const res = await apiPost(url, cookie, '/api/content', { ...contentMeta, screens: [], type: 'slogan', text, attribution: '', theme: 'gold' });
  expect(res.status).toBe(201);
  return res.json.data.id;
}



test('a window that opens a few seconds later switches the gate screen at the boundary', async ({ page }) => {
  // The server clock starts at Monday 07:14:50 in Hà Nội (CLOCK_START), so the 07:15 boundary is ten seconds away.
  const server = await start({ DATA_DIR: seededDataDir('e2e-schedule'), CLOCK_START: '2026-11-30T07:14:50+07:00' });
  const cookie = await apiLogin(server.url);
  const item = await slogan(server.url, cookie, 'Giờ đón trẻ: cha mẹ vui lòng không dừng xe trước cổng trường');
  const created = await apiPost(server.url, cookie, '/api/schedules', gateWindowEntry(item, [{ start: '07:15', end: '08:00' }]));
  expect(created.status).toBe(201);

  await page.goto(`${server.url}/display/gate?speed=20`);
  await expect(page.getByTestId('slide').first()).toBeVisible();
  await expect(page.locator(`[data-testid="slide"][data-slide-id="${item}"]`)).toHaveCount(0);
  // At 07:15:00 (server time) the node-cron boundary task pushes; allow the boundary plus a second.
  await expect(page.locator(`[data-testid="slide"][data-slide-id="${item}"]`)).toBeVisible({ timeout: 20_000 });
  const snapshot = (await (await fetch(`${server.url}/api/display/gate`)).json()) as { data: { items: { id: string }[] } };
  expect(snapshot.data.items.map((i) => i.id)).toEqual([item]);
});

// A server killed and restarted in the middle of a window: tests/integration/startup.test.ts (real process, real files).

// Expiry at the notice's end (a one-minute wait here before) is the server's boundary task: tests/integration/schedules.test.ts
// moves a manual clock past it. Here the kiosks' side: the notice goes when the server says it has ended.
test('an emergency notice reaches two open screens at once, is acknowledged, and leaves both when it ends', async ({ browser }) => {
  const server = await start({ DATA_DIR: seededDataDir('e2e-emergency') });
  const cookie = await apiLogin(server.url);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await pairKiosk(context, server.url, cookie, 'gate');
  await pairKiosk(context, server.url, cookie, 'reception');
  const gate = await context.newPage();
  const reception = await context.newPage();
  await gate.goto(`${server.url}/display/gate`);
  await reception.goto(`${server.url}/display/reception`);
  await expect(gate.getByTestId('slide').first()).toBeVisible();
  await expect(reception.getByTestId('slide').first()).toBeVisible();

  const sent = await apiPost(server.url, cookie, '/api/emergencies', {
    title: 'THÔNG BÁO NGHỈ HỌC DO THỜI TIẾT',
    body: 'Do mưa bão, nhà trường cho trẻ nghỉ học ngày mai. Thời gian đi học trở lại sẽ được thông báo sau.',
    level: 'danger',
    screens: 'all',
    durationMinutes: 1,
    templateId: 'weather-closure',
  });
  expect(sent.status).toBe(201);
  const id = (sent.json.data as unknown as { notice: { id: string } }).notice.id;
  for (const page of [gate, reception]) {
    await expect(page.getByTestId('emergency-overlay')).toHaveAttribute('data-emergency-id', id);
    await expect(page.getByTestId('emergency-overlay')).toContainText('THÔNG BÁO NGHỈ HỌC DO THỜI TIẾT');
  }
  await shot(gate, 'tests/artifacts/screens/emergency-gate-1920x1080.png');
  await reception.setViewportSize({ width: 1080, height: 1920 });
  await shot(reception, 'tests/artifacts/screens/emergency-reception-1080x1920.png');

  // Both kiosks acknowledged: the office sees it.
  await expect
    .poll(
      async () => {
        const res = await fetch(`${server.url}/api/emergencies`, { headers: { cookie } });
        const body = (await res.json()) as { data: { active: { acknowledged: { screenId: string }[] }[] } };
        return body.data.active[0]?.acknowledged.map((a) => a.screenId).sort() ?? [];
      },
      { timeout: 10_000 },
    )
    .toEqual(['gate', 'reception']);

  // Ended: both screens return to their schedule.
  expect((await apiPost(server.url, cookie, `/api/emergencies/${id}/clear`, {})).status).toBe(200);
  for (const page of [gate, reception]) await expect(page.getByTestId('emergency-overlay')).toHaveCount(0);
  await expect(gate.getByTestId('slide').first()).toBeVisible();
  await context.close();
});
