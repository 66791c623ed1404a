import type { Locator, Page } from '@playwright/test';
import { apiLogin, expect, shot, test } from './fixtures.ts';
import { pairKiosk } from './pairKiosk.ts';

/**
 * The satisfaction survey where only a real browser can tell: a parent's phone without JavaScript, and the reception
 * kiosk by touch. The index, the one-per-day cookie, the kiosk's pairing rule and the rate limits are checked in
 * tests/integration/survey.test.ts and tests/component/survey/kioskSurvey.test.tsx; the server's form-guard fill time
 * is off on the e2e server (FORM_MIN_FILL_SECONDS=0, fixtures.ts), so nothing here waits in real time.
 */
const SCREENS = 'tests/artifacts/screens';
const PHONE = { width: 390, height: 844 };

async function tap(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded(); // the offer sits at the end of a long procedure page
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to tap');
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(48); // a finger, not a mouse pointer
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

test('a parent on a phone without JavaScript rates the five factors, misses one, is told where, and is thanked', async ({ browser, server }) => {
  const page = await (await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })).newPage();
  await page.goto(`${server.url}/khao-sat`);
  const groups = page.locator('form fieldset');
  await expect(groups).toHaveCount(5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  // Tapping a level's words picks it; the fourth factor is forgotten.
  for (const [index, level] of [[0, 'Rất hài lòng'], [1, 'Hài lòng'], [2, 'Hài lòng'], [4, 'Bình thường']] as const) {
    await groups.nth(index).getByText(level, { exact: true }).click();
  }
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('Vui lòng chọn một mức đánh giá');
  await shot(page, `${SCREENS}/khao-sat-missed-390.png`, true);
  // What was chosen is still chosen: only the missed row is left to do.
  await expect(groups.nth(0).getByRole('radio', { name: 'Rất hài lòng' })).toBeChecked();
  await groups.nth(3).getByText('Không hài lòng', { exact: true }).click();
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(page.getByRole('heading', { name: 'Cảm ơn quý phụ huynh!' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await shot(page, `${SCREENS}/khao-sat-thanks-390.png`, true);
});

test('at the reception kiosk a parent ends a look-up with the survey by touch: five taps, Gửi, thanks, counted from the paired kiosk', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  await pairKiosk(context, server.url, await apiLogin(server.url), 'reception');
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/display/reception`);
  await tap(page, page.getByTestId('rk-wake'));
  await tap(page, page.getByTestId('rk-procedure').first());
  await tap(page, page.getByTestId('ks-start'));

  const send = page.getByTestId('ks-send');
  await expect(send).toBeDisabled();
  for (const [factor, level] of [['access', 5], ['procedure', 4], ['staff', 5], ['result', 4], ['feedback', 3]] as const) {
    await tap(page, page.getByTestId(`ks-${factor}-${level}`));
  }
  await shot(page, `${SCREENS}/kiosk-survey-portrait.png`);
  const reply = page.waitForResponse((r) => r.url().endsWith('/api/display/reception/survey') && r.request().method() === 'POST');
  await tap(page, send);
  expect(await (await reply).json()).toEqual({ data: { counted: true } });
  await expect(page.getByTestId('ks-thanks')).toContainText('Cảm ơn quý phụ huynh!');
  expect(errors).toEqual([]);
});
