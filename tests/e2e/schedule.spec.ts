import { apiLogin, apiPost, expect, SCREENSHOTS, shot, test } from './fixtures.ts';
import { pairKiosk } from './pairKiosk.ts';

/**
 * Scheduling as the school lives it, against the real server process (node-cron boundary tasks, real sockets) and the
 * kiosk in Chromium.
 */

// The real node-cron boundary pushing a window's item to a connected screen: tests/integration/boundaryRealTimer.test.ts.

// A server killed and restarted in the middle of a window: tests/integration/startup.test.ts (real process, real files).

// Expiry at the notice's end (a one-minute wait here before) is the server's boundary task: tests/integration/schedules.test.ts
// moves a manual clock past it. Here the kiosks' side: the notice goes when the server says it has ended.
test('an emergency notice reaches two open screens at once, is acknowledged, and leaves both when it ends', async ({ browser, server }) => {
  // The worker's server: the notice is ended before the test does (and a failed test's worker, server included, is
  // replaced), so no later test meets it; its own server cost a start.
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
  // Portrait only for the review screenshot: a resize is a full relayout of the kiosk.
  if (SCREENSHOTS) await reception.setViewportSize({ width: 1080, height: 1920 });
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
