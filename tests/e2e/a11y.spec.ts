import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, signInContext, test, workerContexts } from './fixtures.ts';

/**
 * axe on every admin page: no serious or critical violations (WCAG 2.x A and AA rules), one test per page. Pages come
 * from browser.newContext() (axe needs that). New pages are added to PAGES.
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
];


test('the login page has no serious or critical axe violations; a wrong password gets a clear Vietnamese message', async ({ browser, server }) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/admin/`);
  await expect(page.getByTestId('login-submit')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('mat-khau-sai');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('Sai tên đăng nhập hoặc mật khẩu');
  await context.close();
});

// One test per page (they spread over the workers and fail one by one), at laptop size, in one signed-in page per worker:
// a fresh context per page loaded the console's bundle cold each time (half a minute a page on a loaded machine). The
// pages the principal opens on her phone are checked at 390×844 too, in the same test.
const axeTest = test.extend<object, { adminPage: Page }>({
  adminPage: [
    async ({ browser, server }, use) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      workerContexts.add(context);
      await signInContext(context, server.url);
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/**
 * Opens an admin address the way the console's own links do (history + popstate) once the console is loaded, so each
 * page is not another cold start of the bundle; the first page of a worker is a real navigation.
 */
async function openInConsole(page: Page, url: string): Promise<void> {
  if (!page.url().startsWith(new URL('/admin/', url).href)) {
    await page.goto(url);
    return;
  }
  await page.evaluate((href) => {
    window.history.pushState(null, '', href);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, new URL(url).pathname);
  // React renders the new route in a task after the event: wait two frames so the old page is gone.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

test.describe.configure({ mode: 'parallel' });
const PHONE_PAGES = new Set(['content/slogan', 'approvals', 'emergency', 'schedules', 'media', 'reports', 'users']);
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
for (const path of PAGES) {
  const sizes = PHONE_PAGES.has(path) ? 'laptop and phone' : 'laptop';
  axeTest(`admin page ${path} has no serious or critical axe violations (${sizes})`, async ({ adminPage: page, server }) => {
    await page.setViewportSize(LAPTOP);
    await openInConsole(page, `${server.url}/admin/${path}`);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('.loading')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    if (!PHONE_PAGES.has(path)) return;
    await page.setViewportSize(PHONE);
    expect((await seriousViolations(page)).map((v) => `phone: ${v}`)).toEqual([]);
    await page.setViewportSize(LAPTOP);
  });
}
