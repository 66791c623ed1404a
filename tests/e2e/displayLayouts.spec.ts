import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { formatLongDateVi } from '@bangtin/shared';
import type { Page } from '@playwright/test';
import { apiLogin, expect, shot, test } from './fixtures.ts';
import { KIOSK_VIEWPORTS, resizeTo, stepUntil, viewportsInCheckOrder } from './kioskModel.ts';
import { decodeQr } from './qrDecode.ts';
import { expectReadable } from './readabilityRules.ts';

const SHOTS = path.join(import.meta.dirname, '..', 'artifacts', 'screens');
// Independent checks of the worker's server (they only step its rotation): spread them over the workers.
test.describe.configure({ mode: 'parallel' });
mkdirSync(SHOTS, { recursive: true });

/**
 * Whether the slide on screen and the page itself fit the viewport (no clipped or scrolled-off content), and how many
 * fitted texts clip even at their smallest readable size (they mark themselves; none may: the gate's procedure summary).
 */
const fitsNow = (page: Page) =>
  page.evaluate(async () => {
    // A resize re-lays the slide out (paged slides re-paginate): measure after two frames.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    const el = document.querySelector<HTMLElement>('[data-testid="slide"]');
    const doc = document.scrollingElement!;
    return {
      slide: el ? el.scrollHeight <= el.clientHeight + 2 && el.scrollWidth <= el.clientWidth + 2 : false,
      page: doc.scrollHeight <= window.innerHeight + 1 && doc.scrollWidth <= window.innerWidth + 1,
      clippedTexts: el ? el.querySelectorAll('.fit[data-overflow="true"]').length : 0,
    };
  });

/**
 * Steps the rotation (the "next" command) until every wanted slide type has been on screen; each one is checked at every
 * resolution by resizing the one kiosk page (a new kiosk per resolution stepped the whole loop four times over), in
 * viewportsInCheckOrder (going back to 1080p after every slide was a fifth of the resizes; resting at 4K drew the slides
 * stepped past in 4K frames). At 1920×1080 the slide on screen is also held to the readability rules
 * (readabilityRules.ts) where the profile's list names its type.
 */
async function visitSlideTypes(
  page: Page,
  remote: { url: string; cookie: string; screenId: string },
  wanted: readonly string[],
  readable: readonly string[],
  portalQr: boolean,
) {
  const seen = new Set<string>();
  // The gate's "Tra cứu thủ tục" slide (the seed's other QR slide is "Quét mã để góp ý / đánh giá"): its QR is read
  // from the pixels the kiosk drew, as a phone would (qr.spec.ts stepped a kiosk of its own to it).
  const portal = page.locator('[data-testid="slide"][data-slide-type="qr"]').filter({ hasText: 'dichvucong.gov.vn' });
  let portalRead = !portalQr;
  await stepUntil(page, remote, () => seen.size === wanted.length && portalRead, {
    onSlide: async ({ type }) => {
      if (!portalRead && type === 'qr' && (await portal.isVisible())) {
        expect(await decodeQr(portal.getByTestId('qr-code'))).toBe('https://dichvucong.gov.vn');
        portalRead = true;
      }
      if (!wanted.includes(type) || seen.has(type)) return;
      for (const viewport of viewportsInCheckOrder(page)) {
        await resizeTo(page, viewport);
        const label = `${remote.screenId}-${viewport.width}x${viewport.height}`;
        expect(await fitsNow(page), `${label}: ${type} slide and its texts fit`).toEqual({ slide: true, page: true, clippedTexts: 0 });
        if (viewport === KIOSK_VIEWPORTS[0] && readable.includes(type)) await expectReadable(page, remote.screenId, type);
        await shot(page, path.join(SHOTS, `${label}-${type}.png`));
      }
      seen.add(type);
    },
  });
  expect([...seen].sort()).toEqual([...wanted].sort());
  expect(portalRead, 'the national portal QR was on screen and read').toBe(true);
}

// `readable` (some of `wanted`): the slide types held to the readability rules (text size, 7:1 contrast) at 1920×1080.
// `portalQr`: the gate's "Tra cứu thủ tục" QR decodes to the national portal and the page asks nothing of another host.
const cases = [
  {
    slug: 'gate',
    wanted: ['slogan', 'announcement', 'indexResult', 'qr', 'procedure'],
    readable: ['slogan', 'announcement', 'indexResult', 'procedure'],
    portalQr: true,
    also: '; the "Tra cứu thủ tục" slide shows a QR, drawn on the kiosk, that decodes to the national portal',
  },
  { slug: 'reception', wanted: ['procedure', 'slogan', 'indexResult', 'announcement', 'qr'], readable: ['procedure', 'slogan', 'indexResult'], portalQr: false, also: '' },
];

for (const c of cases) {
  test(`${c.slug} at 1080p, portrait, 720p and 4K: header, Vietnamese date, every slide fits; text size and 7:1 contrast at 1080p${c.also}`, async ({ browser, server }) => {
    // Opened at 720p, the smallest: the first frames (and the slides stepped past) draw the fewest pixels.
    const context = await browser.newContext({ viewport: KIOSK_VIEWPORTS[2] });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) external.push(r.url());
    });
    await page.goto(`${server.url}/display/${c.slug}`);
    await expect(page.getByTestId('school-name')).toHaveText('Trường mầm non Vườn Xanh Nam Đô');
    await expect(page.getByTestId('date')).toHaveText(formatLongDateVi(new Date(), 'Asia/Ho_Chi_Minh'));
    await expect(page.getByTestId('clock')).toHaveText(/^\d{2}:\d{2}$/);
    if (c.slug === 'reception') await expect(page.getByTestId('feedback-block')).toBeVisible();
    await visitSlideTypes(page, { url: server.url, cookie: await apiLogin(server.url), screenId: c.slug }, c.wanted, c.readable, c.portalQr);
    expect(errors).toEqual([]);
    if (c.portalQr) expect(external).toEqual([]);
    await context.close();
  });
}

// One kiosk page for both font checks (glyphs.spec.ts loaded the gate once more for the second).
test('Vietnamese glyphs come from the bundled Be Vietnam Pro, not a system or CDN font; every character of the seeded content is covered by a loaded face, in NFC', async ({
  page,
  server,
}) => {
  const snapshots = await Promise.all(
    ['gate', 'reception'].map(async (slug) => (await (await fetch(`${server.url}/api/display/${slug}`)).json()).data),
  );
  const text = JSON.stringify(snapshots.map((s) => [s.school, s.items]));
  expect(text).toBe(text.normalize('NFC'));
  const chars = [...new Set([...text.replace(/\\[nrt"]/g, ' ')])].filter((c) => c.trim() && c.codePointAt(0)! >= 0x20).join('');
  expect(chars).toContain('ệ');

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

  const uncovered = await page.evaluate(async (sample) => {
    for (const weight of [400, 600, 700, 800]) await document.fonts.load(`${weight} 32px "Be Vietnam Pro"`, sample);
    const ranges = [...document.fonts]
      .filter((f) => /Be Vietnam Pro/.test(f.family) && f.status === 'loaded')
      .flatMap((f) =>
        f.unicodeRange.split(',').map((r) => {
          const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)] as const;
        }),
      );
    return [...sample].filter((c) => !ranges.some(([lo, hi]) => c.codePointAt(0)! >= lo && c.codePointAt(0)! <= hi));
  }, chars);
  expect(uncovered).toEqual([]);
  // The faces loaded for every weight came from the server too.
  expect(external).toEqual([]);
});

test('an unknown screen says so clearly instead of going blank', async ({ page, server }) => {
  await page.goto(`${server.url}/display/khong-co-man-hinh-nay`);
  await expect(page.getByTestId('unknown-screen')).toBeVisible();
  await expect(page.getByTestId('unknown-screen')).toContainText('khong-co-man-hinh-nay');
});
