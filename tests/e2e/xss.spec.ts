import { apiLogin, apiPost, contentMeta, expect, test } from './fixtures.ts';

test('HTML and script in content show as text on the screen and never run', async ({ page, freshServer }) => {
  const cookie = await apiLogin(freshServer.url);
  // Take the demo content off air so the kiosk plays only the hostile items (a short, deterministic rotation).
  const all = (await (await fetch(`${freshServer.url}/api/content`, { headers: { cookie } })).json()) as { data: { id: string }[] };
  for (const item of all.data) await apiPost(freshServer.url, cookie, `/api/content/${item.id}/status`, { status: 'archived' });
  const screen = await apiPost(freshServer.url, cookie, '/api/screens', {
    slug: 'kiem-thu', name: 'Kiểm thử', location: '', orientation: 'landscape', profile: 'gate', group: '',
  });
  expect(screen.status).toBe(201);
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const created = await apiPost(freshServer.url, cookie, '/api/content', {
    ...contentMeta,
    screens: [screen.json.data.id],
    durationSeconds: 4,
    type: 'announcement',
    title: `Tiêu đề <b onmouseover="window.__xss=3">in đậm</b>`,
    body: `Nội dung ${payload} [liên kết](javascript:window.__xss=4)`,
  });
  expect(created.status).toBe(201);
  await apiPost(freshServer.url, cookie, '/api/content', {
    ...contentMeta,
    screens: [screen.json.data.id],
    durationSeconds: 4,
    type: 'slogan',
    text: `<svg onload="window.__xss=5">Khẩu hiệu</svg>`,
    attribution: '"><script>window.__xss=6</script>',
    theme: 'red',
  });

  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${freshServer.url}/display/kiem-thu`);
  const announcement = page.locator(`[data-slide-id="${created.json.data.id}"]`);
  await expect(announcement).toBeVisible({ timeout: 15_000 });
  await expect(announcement).toContainText('Tiêu đề <b onmouseover="window.__xss=3">in đậm</b>');
  await expect(page.locator('[data-testid="slide"][data-slide-type="slogan"]').filter({ hasText: '<svg onload' })).toBeVisible({ timeout: 15_000 });
  await announcement.hover().catch(() => undefined);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
