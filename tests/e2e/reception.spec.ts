import { seriousViolations } from './axe.ts';
import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test';
import { apiLogin, expect, shot, test } from './fixtures.ts';
import { decodeQr } from './qrDecode.ts';

/**
 * The reception look-up in a real browser: what only a browser shows (touch, layout, the QR's pixels, focus rings,
 * axe, print media). Search tolerance, the summary's lines, the tabs' content, the idle countdown's seconds, the
 * failed-search report and the feedback block are checked in tests/unit/procedureSearch.test.ts and
 * tests/component/reception/*.
 */
const SCREENS = 'tests/artifacts/screens';
const PORTAL_URL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1774';
const LUNCH_CODE = '1.001622';

async function api(baseUrl: string, cookie: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as { data: never } };
}

/** Sets the reception screen's idle time; the kiosk takes it live from its next snapshot. */
async function setIdleSeconds(baseUrl: string, cookie: string, idleSeconds: number) {
  const screens = (await api(baseUrl, cookie, 'GET', '/api/screens')).json.data as ({ id: string; slug: string } & Record<string, unknown>)[];
  const { id: screenId, ...reception } = screens.find((s) => s.slug === 'reception') as { id: string } & Record<string, unknown>;
  expect((await api(baseUrl, cookie, 'PUT', `/api/screens/${screenId}`, { ...reception, idleSeconds })).status).toBe(200);
}

/** Gives the lunch-support procedure its national portal record (the QR near the top then opens it). */
async function givePortalRecord(baseUrl: string, cookie: string) {
  const list = (await api(baseUrl, cookie, 'GET', `/api/content?type=procedure&q=${LUNCH_CODE}`)).json.data as Record<string, unknown>[];
  const procedure = list[0] as Record<string, unknown> & { id: string; version: number };
  const { id, version, status: _s, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, approvedAt: _a, approvedBy: _ab, rejectionReason: _r, ...fields } = procedure;
  const saved = await api(baseUrl, cookie, 'PUT', `/api/content/${id}`, { ...fields, status: 'approved', baseVersion: version, portalUrl: PORTAL_URL });
  expect(saved.status).toBe(200);
}

async function kioskPage(browser: Browser, options: BrowserContextOptions): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext(options)).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

async function tap(page: Page, target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to tap');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** Types on the kiosk's own keyboard, one tap per key. */
async function typeOnScreen(page: Page, text: string) {
  for (const key of text) await tap(page, page.getByTestId(key === ' ' ? 'vk-space' : `vk-${key}`));
}

test('a parent by touch: "hotro" → "Có phải bạn muốn tìm hỗ trợ?" → summary, tabs and the QR on top → idle countdown, touch to stay, then back', async ({
  browser,
  freshServer: server,
}) => {
  const cookie = await apiLogin(server.url);
  await givePortalRecord(server.url, cookie);
  await setIdleSeconds(server.url, cookie, 600); // nothing returns mid-walk on a slow machine; shortened at the end
  const { page, errors } = await kioskPage(browser, { viewport: { width: 1080, height: 1920 }, hasTouch: true });
  // The kiosk's timers run on Playwright's clock: the idle countdown is run forward, never waited for.
  await page.clock.install();
  await page.goto(`${server.url}/display/reception`);
  await expect(page.getByTestId('feedback-block')).toBeVisible();
  await tap(page, page.getByTestId('rk-wake'));
  await tap(page, page.getByTestId('rk-open-search'));

  // Typed the way phones are typed: no space, no marks.
  await typeOnScreen(page, 'hotro');
  const suggestion = page.getByTestId('rk-suggestion');
  await expect(suggestion).toHaveText('hỗ trợ?');
  await shot(page, `${SCREENS}/reception-portrait-suggestion.png`);
  await tap(page, suggestion);
  await expect(page.getByTestId('rk-search-input')).toHaveValue('hỗ trợ');
  const lunch = page.locator(`[data-testid="rk-results"] [data-testid="rk-procedure"][data-code="${LUNCH_CODE}"]`);
  await tap(page, lunch);

  // The detail opens on its summary, the amount in sight, the QR to the portal record near the top.
  const detail = page.getByTestId('rk-detail');
  await expect(detail).toHaveAttribute('data-code', LUNCH_CODE);
  await expect(page.getByTestId('rk-summary-amount')).toHaveText('360.000 đ/tháng');
  const qr = page.getByTestId('rk-page-qr');
  const qrBox = await qr.boundingBox();
  expect(qrBox && qrBox.y + qrBox.height).toBeLessThan(1920 / 2);
  expect(await decodeQr(qr, 400)).toBe(PORTAL_URL);
  await shot(page, `${SCREENS}/reception-portrait-detail.png`);

  // Section tabs instead of one long scroll; every control a finger can hit (≥ 48 px).
  await tap(page, page.getByTestId('rk-tab-fees'));
  await expect(page.getByTestId('rk-tab-fees')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#rk-panel-fees')).toBeVisible();
  await expect(page.locator('#rk-panel-dossier')).toBeHidden();
  const small = await page.locator('.rk button').evaluateAll((buttons) =>
    buttons
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width > 0 && (r.width < 48 || r.height < 48)).length,
  );
  expect(small).toBe(0);
  await shot(page, `${SCREENS}/reception-portrait-detail-fees.png`);

  // Walking away: the office's shortest idle time (15 s), taken live; the clock moves only when the test says, so a
  // slow machine cannot eat the countdown. Paused before the new time arrives: the countdown starts when the kiosk takes
  // it, and the real time spent waiting for that (over a second on a loaded machine: "8 giây" once) no longer counts.
  // Ten seconds before the return, the warning counts down.
  await page.clock.pauseAt(Date.now() + 500);
  await setIdleSeconds(server.url, cookie, 15);
  await expect(page.getByTestId('reception-kiosk')).toHaveAttribute('data-idle-seconds', '15');
  await page.clock.runFor(6_000);
  const warning = page.getByTestId('rk-idle-warning');
  await expect(warning).toContainText(/Quay về sau (9|10) giây — chạm để ở lại/);
  await shot(page, `${SCREENS}/reception-portrait-idle-warning.png`);
  // A touch keeps the parent where they were (and presses nothing under the warning).
  await tap(page, warning);
  await expect(warning).toBeHidden();
  await expect(page.getByTestId('rk-tab-fees')).toHaveAttribute('aria-selected', 'true');
  await tap(page, page.getByTestId('rk-back'));
  await expect(page.getByTestId('rk-search-input')).toHaveValue('hỗ trợ');

  // Nobody touches again: the countdown runs out and the rotation comes back.
  await page.clock.runFor(6_000);
  await expect(warning).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(page.getByTestId('rk-attract')).toBeVisible();
  expect(errors).toEqual([]);
});

// One axe analysis can take over 15 s on a busy machine: it runs once, on the richest page (the detail).
test('mouse and keyboard on a reception PC, landscape: any key wakes, focus is visible, tabs by arrow keys, Escape goes back, print shows every section; axe', async ({
  browser,
  server,
}) => {
  const cookie = await apiLogin(server.url);
  await setIdleSeconds(server.url, cookie, 600);
  const { page, errors } = await kioskPage(browser, { viewport: { width: 1920, height: 1080 } });
  await page.goto(`${server.url}/display/reception`);
  await expect(page.getByTestId('rk-attract')).toBeVisible({ timeout: 30_000 }); // the first load of the look-up catalogue
  await page.keyboard.press('Space');
  await expect(page.getByTestId('rk-home-view')).toBeVisible();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-testid', 'rk-open-search');
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rk-search-input')).toBeFocused();
  await page.keyboard.type('hỗ trợ chi phí');
  const first = page.getByTestId('rk-results').getByTestId('rk-procedure').first();
  await expect(first).toHaveAttribute('data-code', '1.014336');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rk-detail')).toHaveAttribute('data-code', '1.014336');
  await shot(page, `${SCREENS}/reception-landscape-detail.png`);

  await page.getByTestId('rk-tab-dossier').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('rk-tab-steps')).toBeFocused();
  await expect(page.getByTestId('rk-tab-steps')).toHaveAttribute('aria-selected', 'true');
  expect(await seriousViolations(page)).toEqual([]);

  // The print view: the procedure alone, every section (not only the open tab), without the frame.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.frame-header')).toBeHidden();
  await expect(page.getByTestId('rk-back')).toBeHidden();
  await expect(page.getByTestId('rk-section-legal')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('rk-search-view')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('rk-attract')).toBeVisible();
  expect(errors).toEqual([]);
});
