import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

/**
 * axe on every admin page: no serious or critical violations (WCAG 2.x A and AA rules), one test per page, in the
 * worker's signed-in console (see below). New pages are added to PAGES.
 */
const PAGES = [
  'content/slogan',
  'content/announcement',
  'content/procedure',
  'content/indexResult',
  'content/commendation',
  'content/image',
  'content/qr',
  'content/slogan/new',
  'content/announcement/new',
  'content/procedure/new',
  'content/indexResult/new',
  'content/commendation/new',
  'content/image/new',
  'content/qr/new',
  'content/procedure/import',
  'approvals',
  'schedules',
  'schedules/new',
  'schedules/week',
  'playlists',
  'emergency',
  'lookups',
  'screens',
  'media',
  'reports',
  'reports/print',
  'audit',
  'settings',
  'users',
  'ke-hoach',
];

test('the login page has no serious or critical axe violations; a wrong password gets a clear Vietnamese message', async ({ adminConsole }) => {
  // The worker's console signed out with its own button: the login page a signed-out visit to /admin/ shows, without a
  // cold load of the console in a context of its own (the next test to ask for the console signs in again on the form).
  const page = await adminConsole.signedOut({ width: 1366, height: 768 });
  await expect(page.getByTestId('login-submit')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('mat-khau-sai');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('Sai tên đăng nhập hoặc mật khẩu');
});

// One test per page (they spread over the workers and fail one by one), at laptop size, in the worker's signed-in console
// (the adminConsole fixture), each page opened the way the console's own links open it: a fresh context per page loaded
// the console's bundle cold each time (half a minute a page on a loaded machine). The pages the principal opens on her
// phone are checked at 390×844 too, in the same test.
test.describe.configure({ mode: 'parallel' });
const PHONE_PAGES = new Set(['content/slogan', 'approvals', 'emergency', 'schedules', 'media', 'reports', 'users']);
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
for (const path of PAGES) {
  const sizes = PHONE_PAGES.has(path) ? 'laptop and phone' : 'laptop';
  test(`admin page ${path} has no serious or critical axe violations (${sizes})`, async ({ adminConsole }) => {
    const page = await adminConsole.at(path, LAPTOP);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('.loading')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    if (!PHONE_PAGES.has(path)) return;
    await page.setViewportSize(PHONE);
    expect((await seriousViolations(page)).map((v) => `phone: ${v}`)).toEqual([]);
    await page.setViewportSize(LAPTOP);
  });
}
