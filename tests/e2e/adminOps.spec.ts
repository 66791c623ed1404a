import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { exeBytes, pngBytes } from '../helpers/mediaFixtures.ts';
import { expect, navigateInConsole, SCREENSHOTS, shot, test } from './fixtures.ts';

const SHOTS = 'tests/artifacts/screens';
/** Laptop and phone screenshots for review (`npm run screenshots` only). */
const shoot = async (page: Page, name: string) => {
  if (!SCREENSHOTS) return;
  for (const [label, viewport] of [
    ['laptop', { width: 1366, height: 768 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/admin-${name}-${label}.png`, fullPage: label === 'laptop' });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
};

test('media library: upload a PNG through the page, refuse an .exe renamed .png with a Vietnamese reason', async ({ adminConsole }) => {
  const page = await adminConsole.at('media', { width: 1366, height: 768 });
  await page.getByTestId('media-file').setInputFiles([
    { name: 'Lễ khai giảng.png', mimeType: 'image/png', buffer: await pngBytes(1200, 800) },
    { name: 'hinh-anh.png', mimeType: 'image/png', buffer: exeBytes() },
  ]);
  const card = page.getByTestId('media-card').filter({ hasText: 'Lễ khai giảng.png' });
  await expect(card).toBeVisible();
  await expect(card.locator('img')).toHaveJSProperty('complete', true);
  expect(await card.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(400);
  await expect(page.getByTestId('upload-row').filter({ hasText: 'hinh-anh.png' })).toContainText(
    'không phải ảnh PNG, JPEG, WebP, GIF hay tệp PDF',
  );
  await expect(page.getByTestId('media-card').filter({ hasText: 'hinh-anh.png' })).toHaveCount(0);
  await shoot(page, 'media');

  await page.getByTestId('media-search').fill('khai giang');
  await expect(page.getByTestId('media-count')).toHaveText('1 mục');
  await page.getByTestId('media-search').fill('không có');
  await expect(page.getByTestId('media-card')).toHaveCount(0);
});

test('reports: CSV download with a BOM and Vietnamese headers; printable summary', async ({ adminConsole }) => {
  const page = await adminConsole.at('reports');
  await page.getByTestId('report-show').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('report-csv').click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8', 3).split('\r\n')[0]).toContain('"Số giờ hiển thị"');
  await shoot(page, 'reports');

  await navigateInConsole(page, 'reports/print?from=2026-01-01&to=2026-12-31');
  await expect(page.getByTestId('print-report')).toContainText('Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 31/12/2026');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.side-nav')).toBeHidden();
  await shot(page, `${SHOTS}/admin-report-print.png`, true);
  await page.emulateMedia({ media: 'screen' });
});

test('settings: a new ticker text appears on the gate screen; audit log records it; logout ends the session', async ({ adminConsole, browser, server }) => {
  // The worker's console: its logout below ends only its session (the next test to ask for it signs in again on the form).
  const admin = await adminConsole.at('settings', { width: 1366, height: 768 });
  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await screen.goto(`${server.url}/display/gate`);
  await expect(screen.getByTestId('ticker')).toBeVisible();

  const ticker = `Nhà trường tiếp dân vào sáng thứ Bảy hằng tuần (${Date.now() % 10000})`;
  await admin.getByTestId('field-tickerText').fill(ticker);
  await admin.getByTestId('settings-save').click();
  await expect(admin.getByTestId('toast')).toContainText('Đã lưu cài đặt');
  await expect(screen.getByTestId('ticker')).toContainText(ticker, { timeout: 10_000 });
  await shoot(admin, 'settings');

  await admin.getByTestId('nav-audit').click();
  await expect(admin.getByTestId('audit-row').first()).toContainText('Cập nhật thông tin nhà trường');
  await shoot(admin, 'audit');
  await admin.getByTestId('nav-users').click();
  await expect(admin.getByTestId('user-row').first()).toBeVisible();
  await shoot(admin, 'users');

  // Logout ends the session (the server side: tests/integration/auth.test.ts).
  await admin.getByTestId('logout').click();
  await expect(admin.getByTestId('login-submit')).toBeVisible();
  expect(await admin.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
  await screen.context().close();
});
