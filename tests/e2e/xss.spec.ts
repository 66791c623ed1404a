import type { Page } from '@playwright/test';
import { apiLogin, apiPost, contentMeta, expect, test } from './fixtures.ts';
import { stepUntil } from './kioskModel.ts';

/** Every element's inline event handler (`onerror`, `onload`, `onmouseover`, …) on the page: there must be none. */
const inlineHandlers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
  );

test('HTML and script in content show as text on the screen and never run', async ({ page, freshServer }) => {
  const cookie = await apiLogin(freshServer.url);
  // Take the demo content off air so the kiosk plays only the hostile items (a short, deterministic rotation).
  const all = (await (await fetch(`${freshServer.url}/api/content`, { headers: { cookie } })).json()) as { data: { id: string }[] };
  await Promise.all(all.data.map((item) => apiPost(freshServer.url, cookie, `/api/content/${item.id}/status`, { status: 'archived' })));
  const screen = await apiPost(freshServer.url, cookie, '/api/screens', {
    slug: 'kiem-thu', name: 'Kiểm thử', location: '', orientation: 'landscape', profile: 'gate', group: '',
  });
  expect(screen.status).toBe(201);
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const created = await apiPost(freshServer.url, cookie, '/api/content', {
    ...contentMeta,
    screens: [screen.json.data.id],
    durationSeconds: 30,
    type: 'announcement',
    title: `Tiêu đề <b onmouseover="window.__xss=3">in đậm</b>`,
    body: `Nội dung ${payload} [liên kết](javascript:window.__xss=4)`,
  });
  expect(created.status).toBe(201);
  await apiPost(freshServer.url, cookie, '/api/content', {
    ...contentMeta,
    screens: [screen.json.data.id],
    durationSeconds: 30,
    type: 'slogan',
    text: `<svg onload="window.__xss=5">Khẩu hiệu</svg>`,
    attribution: '"><script>window.__xss=6</script>',
    theme: 'red',
  });

  // Every other free-text field a screen shows, with the same payloads.
  const more = [
    { type: 'commendation', name: `Tên ${payload}`, achievement: `Thành tích <iframe src="javascript:window.__xss=7"></iframe>` },
    { type: 'image', url: '/media/khong-co.png', caption: `Chú thích ${payload}` },
    { type: 'qr', title: `Mã ${payload}`, url: 'https://dichvucong.gov.vn', caption: '<a href="javascript:window.__xss=8">bấm</a>' },
  ];
  const moreIds: string[] = [];
  for (const fields of more) {
    const res = await apiPost(freshServer.url, cookie, '/api/content', { ...contentMeta, screens: [screen.json.data.id], durationSeconds: 30, ...fields });
    expect(res.status).toBe(201);
    moreIds.push(res.json.data.id);
  }

  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Each slide stands 30 s and the rotation is moved with "next": every hostile slide is checked while it is on screen
  // (waiting for them in their turn under ?speed=4 took a whole loop or more).
  await page.goto(`${freshServer.url}/display/kiem-thu`);
  const announcement = page.locator(`[data-slide-id="${created.json.data.id}"]`);
  const slogan = page.locator('[data-testid="slide"][data-slide-type="slogan"]').filter({ hasText: '<svg onload' });
  const commendation = page.locator(`[data-slide-id="${moreIds[0]}"]`);
  const qr = page.locator(`[data-slide-id="${moreIds[2]}"]`);
  const checked = new Set<string>();
  const remote = { url: freshServer.url, cookie, screenId: screen.json.data.id };
  await stepUntil(page, remote, () => checked.size === 4, {
    onSlide: async ({ id, type }) => {
      if (id === created.json.data.id) {
        await expect(announcement).toContainText('Tiêu đề <b onmouseover="window.__xss=3">in đậm</b>');
        // A mouseover handler runs during the hover itself: hovered while it is on screen.
        await announcement.hover();
      } else if (type === 'slogan') await expect(slogan).toBeVisible();
      else if (id === moreIds[0]) await expect(commendation).toContainText('Tên <img src=x onerror=');
      else if (id === moreIds[2]) await expect(qr).toContainText('<a href="javascript:window.__xss=8">bấm</a>');
      else return;
      // No element of the slide on screen (or of the one rendered ahead) carries an inline handler.
      expect(await inlineHandlers(page), `slide ${type}`).toEqual([]);
      checked.add(id);
    },
  });
  expect(checked.size).toBe(4);
  // An onerror/onload handler would have run by the time the slides above were seen. Rather than wait a fixed time for
  // one to fire, no element may carry an inline handler at all.
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await inlineHandlers(page)).toEqual([]);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
