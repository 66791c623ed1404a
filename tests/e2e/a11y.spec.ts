import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, logIn, test } from './fixtures.ts';

/**
 * axe on every admin page: no serious or critical violations (WCAG 2.x A and AA rules). Pages come from
 * browser.newContext() (axe needs that). New pages are added to PAGES.
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

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('the login page has no serious or critical axe violations', async ({ browser, server }) => {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(`${server.url}/admin/`);
  await expect(page.getByTestId('login-submit')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('every admin page has no serious or critical axe violations (laptop and phone)', async ({ browser, server }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await logIn(page, server.url);
  const found: string[] = [];
  for (const path of PAGES) {
    await page.goto(`${server.url}/admin/${path}`);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('.loading')).toHaveCount(0);
    for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['content/slogan', 'approvals', 'emergency', 'schedules', 'media', 'reports', 'users']) {
    await page.goto(`${server.url}/admin/${path}`);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('.loading')).toHaveCount(0);
    for (const v of await seriousViolations(page)) found.push(`${path} (phone): ${v}`);
  }
  expect(found).toEqual([]);
});
