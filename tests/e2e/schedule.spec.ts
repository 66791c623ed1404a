import { startServerProcess, tempDataDir, type ServerProcess } from '../helpers/serverProcess.ts';
import { ADMIN_PASSWORD, apiLogin, apiPost, contentMeta, expect, test } from './fixtures.ts';

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

const replaceOnGate = (contentId: string, windows: { start: string; end: string }[]) => ({
  name: 'Giờ đón trẻ',
  enabled: true,
  contentIds: [contentId],
  playlistId: null,
  screens: { screenIds: ['gate'], groups: [] },
  dateFrom: null,
  dateUntil: null,
  rule: { kind: 'weekly', days: [1, 2, 3, 4, 5, 6, 7], windows },
  priority: 50,
  mode: 'replace',
  durationSeconds: null,
});


test('a window that opens a few seconds later switches the gate screen at the boundary', async ({ page }) => {
  // The server clock starts at Monday 07:14:50 in Hà Nội (CLOCK_START), so the 07:15 boundary is ten seconds away.
  const server = await start({ DATA_DIR: tempDataDir('e2e-schedule'), CLOCK_START: '2026-11-30T07:14:50+07:00' });
  const cookie = await apiLogin(server.url);
  const item = await slogan(server.url, cookie, 'Giờ đón trẻ: cha mẹ vui lòng không dừng xe trước cổng trường');
  const created = await apiPost(server.url, cookie, '/api/schedules', replaceOnGate(item, [{ start: '07:15', end: '08:00' }]));
  expect(created.status).toBe(201);

  await page.goto(`${server.url}/display/gate?speed=20`);
  await expect(page.getByTestId('slide').first()).toBeVisible();
  await expect(page.locator(`[data-testid="slide"][data-slide-id="${item}"]`)).toHaveCount(0);
  // At 07:15:00 (server time) the node-cron boundary task pushes; allow the boundary plus a second.
  await expect(page.locator(`[data-testid="slide"][data-slide-id="${item}"]`)).toBeVisible({ timeout: 20_000 });
  const snapshot = (await (await fetch(`${server.url}/api/display/gate`)).json()) as { data: { items: { id: string }[] } };
  expect(snapshot.data.items.map((i) => i.id)).toEqual([item]);
});

test('a server killed and restarted in the middle of a window shows the scheduled content again', async ({ page }) => {
  const dataDir = tempDataDir('e2e-restart');
  const server = await start({ DATA_DIR: dataDir, CLOCK_START: '2026-11-30T07:30:00+07:00' });
  const cookie = await apiLogin(server.url);
  const item = await slogan(server.url, cookie, 'Chào mừng cha mẹ và các bé đến trường');
  expect((await apiPost(server.url, cookie, '/api/schedules', replaceOnGate(item, [{ start: '07:15', end: '08:00' }]))).status).toBe(201);
  await page.goto(`${server.url}/display/gate?speed=20`);
  await expect(page.locator(`[data-testid="slide"][data-slide-id="${item}"]`)).toBeVisible();

  await server.stop('SIGKILL');
  servers.splice(servers.indexOf(server), 1);
  const port = new URL(server.url).port;
  // Still mid-window after the restart (07:40); a fresh start must recompute what is on air.
  const again = await start({ DATA_DIR: dataDir, PORT: port, CLOCK_START: '2026-11-30T07:40:00+07:00' });
  const snapshot = (await (await fetch(`${again.url}/api/display/gate`)).json()) as { data: { items: { id: string }[]; nextChangeAt: string } };
  expect(snapshot.data.items.map((i) => i.id)).toEqual([item]);
  expect(snapshot.data.nextChangeAt).toBe('2026-11-30T01:00:00.000Z'); // 08:00 in Hà Nội
  await expect(page.locator('[data-testid="slide"]').first()).toHaveAttribute('data-slide-id', item);
  await expect(page.locator('.app')).toHaveAttribute('data-snapshot-version', /.+/);
});

test('an emergency notice reaches two open screens at once, is acknowledged, and clears itself on expiry', async ({ browser }) => {
  test.setTimeout(120_000);
  const server = await start({ DATA_DIR: tempDataDir('e2e-emergency') });
  const cookie = await apiLogin(server.url);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
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
  await gate.screenshot({ path: 'tests/artifacts/screens/emergency-gate-1920x1080.png' });
  await reception.setViewportSize({ width: 1080, height: 1920 });
  await reception.screenshot({ path: 'tests/artifacts/screens/emergency-reception-1080x1920.png' });

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

  // One minute later both screens return to their schedule by themselves.
  for (const page of [gate, reception]) await expect(page.getByTestId('emergency-overlay')).toHaveCount(0, { timeout: 75_000 });
  await expect(gate.getByTestId('slide').first()).toBeVisible();
  await context.close();
});
