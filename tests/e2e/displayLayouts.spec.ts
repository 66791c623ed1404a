import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { formatLongDateVi } from '@bangtin/shared';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SHOTS = path.join(import.meta.dirname, '..', 'artifacts', 'screens');
// Independent, read-only checks of the worker's server: spread them over the workers.
test.describe.configure({ mode: 'parallel' });
mkdirSync(SHOTS, { recursive: true });

/** Watches the rotation until every wanted slide type has been on screen, checking each one fits. */
async function visitSlideTypes(page: Page, wanted: string[], label: string) {
  const seen = new Set<string>();
  // A whole reception cycle (procedures page by page, their form QRs) at ×20 takes about a minute; 4K renders slowly.
  const deadline = Date.now() + 110_000;
  while (seen.size < wanted.length && Date.now() < deadline) {
    const slide = page.getByTestId('slide');
    const type = await slide.getAttribute('data-slide-type').catch(() => null);
    if (type && wanted.includes(type) && !seen.has(type)) {
      await page.waitForTimeout(150); // let the cross-fade finish
      const fit = await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>('[data-testid="slide"]');
        const doc = document.scrollingElement!;
        return {
          slide: el ? el.scrollHeight <= el.clientHeight + 2 && el.scrollWidth <= el.clientWidth + 2 : false,
          page: doc.scrollHeight <= window.innerHeight + 1 && doc.scrollWidth <= window.innerWidth + 1,
        };
      });
      expect(fit, `${label}: ${type} slide fits`).toEqual({ slide: true, page: true });
      await page.screenshot({ path: path.join(SHOTS, `${label}-${type}.png`) });
      seen.add(type);
    }
    await page.waitForTimeout(100);
  }
  expect([...seen].sort()).toEqual([...wanted].sort());
}

const cases = [
  { slug: 'gate', width: 1920, height: 1080, wanted: ['slogan', 'announcement', 'indexResult', 'qr'] },
  { slug: 'gate', width: 1080, height: 1920, wanted: ['slogan', 'announcement', 'indexResult', 'qr'] },
  { slug: 'reception', width: 1080, height: 1920, wanted: ['procedure', 'slogan'] },
  { slug: 'reception', width: 1920, height: 1080, wanted: ['procedure', 'indexResult'] },
  { slug: 'reception', width: 1280, height: 720, wanted: ['procedure', 'announcement'] },
  { slug: 'reception', width: 3840, height: 2160, wanted: ['procedure', 'qr'] },
  { slug: 'gate', width: 1280, height: 720, wanted: ['slogan', 'indexResult', 'qr'] },
  { slug: 'gate', width: 3840, height: 2160, wanted: ['slogan', 'announcement', 'qr'] },
];

for (const c of cases) {
  test(`${c.slug} at ${c.width}×${c.height}: header, Vietnamese date, every slide fits`, async ({ browser, server }) => {
    test.setTimeout(150_000);
    const page = await (await browser.newContext({ viewport: { width: c.width, height: c.height } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/display/${c.slug}?speed=20`);
    await expect(page.getByTestId('school-name')).toHaveText('Trường mầm non Vườn Xanh Nam Đô');
    await expect(page.getByTestId('date')).toHaveText(formatLongDateVi(new Date(), 'Asia/Ho_Chi_Minh'));
    await expect(page.getByTestId('clock')).toHaveText(/^\d{2}:\d{2}$/);
    if (c.slug === 'reception') await expect(page.getByTestId('feedback-block')).toBeVisible();
    await visitSlideTypes(page, c.wanted, `${c.slug}-${c.width}x${c.height}`);
    expect(errors).toEqual([]);
  });
}

test('Vietnamese glyphs come from the bundled Be Vietnam Pro, not a system or CDN font', async ({ page, server }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url)) external.push(r.url());
  });
  await page.goto(`${server.url}/display/gate`);
  await expect(page.getByTestId('slide')).toBeVisible();
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].map((f) => ({ family: f.family, status: f.status, range: f.unicodeRange }));
  });
  const vietnameseFaces = fonts.filter((f) => /Be Vietnam Pro/.test(f.family) && /1EA0/i.test(f.range));
  expect(vietnameseFaces.some((f) => f.status === 'loaded')).toBe(true);
  const usedFamily = await page.getByTestId('school-name').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(usedFamily).toContain('Be Vietnam Pro');
  expect(external).toEqual([]);
});

test('an unknown screen says so clearly instead of going blank', async ({ page, server }) => {
  await page.goto(`${server.url}/display/khong-co-man-hinh-nay`);
  await expect(page.getByTestId('unknown-screen')).toBeVisible();
  await expect(page.getByTestId('unknown-screen')).toContainText('khong-co-man-hinh-nay');
});
