import { chromium } from '@playwright/test';
const base = 'http://localhost:3917';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const out = '/tmp/shots';
// Kiosk portrait
for (const [w, h, name] of [[1080, 1920, 'portrait'], [1920, 1080, 'landscape']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, hasTouch: true, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(`${base}/display/reception`);
  await page.getByTestId('rk-wake').click();
  await page.getByTestId('rk-open-quiz').waitFor();
  await page.screenshot({ path: `${out}/kiosk-${name}-home.png` });
  await page.getByTestId('rk-open-quiz').click();
  await page.getByTestId('rk-quiz-choice').first().waitFor();
  await page.screenshot({ path: `${out}/kiosk-${name}-q1.png` });
  await page.getByTestId('rk-quiz-choice').nth(0).click();
  await page.getByTestId('rk-quiz-feedback').waitFor();
  await page.screenshot({ path: `${out}/kiosk-${name}-q1-answered.png` });
  for (let i = 0; i < 10; i++) {
    const next = page.getByTestId('rk-quiz-next');
    if (!(await next.isVisible())) await page.getByTestId('rk-quiz-choice').nth(1).click();
    await page.getByTestId('rk-quiz-next').click();
    if (await page.getByTestId('rk-quiz-result').isVisible()) break;
  }
  await page.getByTestId('rk-quiz-result').waitFor();
  await page.screenshot({ path: `${out}/kiosk-${name}-result.png` });
  await ctx.close();
}
// Public page without JS
const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
const p = await phone.newPage();
await p.goto(`${base}/tim-hieu`);
await p.screenshot({ path: `${out}/tim-hieu-390.png` });
await p.screenshot({ path: `${out}/tim-hieu-390-full.png`, fullPage: true });
console.log('scrollWidth', await p.evaluate(() => document.documentElement.scrollWidth).catch(() => 'n/a'));
const labels = p.locator('fieldset .choice');
const count = await p.locator('fieldset').count();
for (let i = 0; i < count; i++) await p.locator('fieldset').nth(i).locator('.choice').nth(i % 2).click();
await new Promise((r) => setTimeout(r, 5500));
await p.getByRole('button', { name: 'Xem kết quả' }).click();
await p.waitForLoadState();
await p.screenshot({ path: `${out}/tim-hieu-390-results.png` });
await p.screenshot({ path: `${out}/tim-hieu-390-results-full.png`, fullPage: true });
// Admin
const admin = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const a = await admin.newPage();
await a.goto(`${base}/admin/`);
await a.getByTestId('login-username').fill('admin');
await a.getByTestId('login-password').fill('quiz-admin-pass-1');
await a.getByTestId('login-submit').click();
await a.getByTestId('current-user').waitFor();
await a.goto(`${base}/admin/quiz`);
await a.getByTestId('quiz-table').waitFor();
await a.screenshot({ path: `${out}/admin-quiz-1366.png` });
await a.getByTestId('quiz-edit').first().click();
await a.getByTestId('quiz-form').waitFor();
await a.screenshot({ path: `${out}/admin-quiz-form-1366.png`, fullPage: true });
await a.getByTestId('quiz-make-slide').click();
await a.waitForURL(/content\/didYouKnow/);
await a.waitForTimeout(2500);
await a.screenshot({ path: `${out}/admin-dyk-1366.png` });
await browser.close();
