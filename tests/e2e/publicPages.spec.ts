import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, SCREENSHOTS, shot, test } from './fixtures.ts';

/**
 * The public pages as a parent meets them on a phone: no script, so what matters is the markup and the stylesheet —
 * axe (WCAG 2.1 A/AA, serious or critical) and 200 % zoom (the layout reflows: nothing to scroll sideways).
 */
const SHOTS = 'tests/artifacts/screens';

async function publicPaths(page: Page, baseUrl: string): Promise<[name: string, path: string][]> {
  await page.goto(`${baseUrl}/thong-bao`);
  const item = await page.locator('#nhom-announcement + ul a').first().getAttribute('href');
  expect(item).toMatch(/^\/thong-bao\/c-/);
  return [
    ['thong-bao', '/thong-bao'],
    ['thong-bao-item', item!],
    ['thu-tuc-search', '/thu-tuc?q=hotroantrua'],
    ['thu-tuc-1.001622', '/thu-tuc/1.001622'],
    // The pages where parents talk back (issue #13): feedback, the satisfaction survey, the quiz.
    ['gop-y', '/gop-y'],
    ['khao-sat', '/khao-sat'],
    ['tim-hieu', '/tim-hieu'],
  ];
}

/** Loads a public page unless the page already shows it (publicPaths leaves it on /thong-bao, the first to check). */
async function openPath(page: Page, baseUrl: string, path: string): Promise<void> {
  if (page.url() !== `${baseUrl}${path}`) await page.goto(`${baseUrl}${path}`);
}

test('a parent on a 390×844 phone: notices, an item, a search, a procedure, feedback, survey and quiz have no serious or critical axe violations', async ({ browser, server }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: true });
  const page = await context.newPage();
  for (const [name, path] of await publicPaths(page, server.url)) {
    await openPath(page, server.url, path);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
    await shot(page, `${SHOTS}/public-${name}-390.png`, true);
    if (SCREENSHOTS) {
      await page.setViewportSize({ width: 1366, height: 768 });
      await shot(page, `${SHOTS}/public-${name}-1366.png`);
      await page.setViewportSize({ width: 390, height: 844 });
    }
  }
});

test('at 200 % zoom (a 390 px phone shows 195 CSS px) every public page reflows: no sideways scrolling, text still ≥ 16 px', async ({ browser, server }) => {
  const context = await browser.newContext({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 4, javaScriptEnabled: false });
  const page = await context.newPage();
  const paths = await publicPaths(page, server.url);
  for (const [, path] of paths) {
    await openPath(page, server.url, path);
    const fit = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      bodyFont: Number.parseFloat(getComputedStyle(document.body).fontSize),
      wide: [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((el) => el.tagName).slice(0, 5),
    }));
    expect(fit, path).toEqual({ overflow: 0, bodyFont: 17, wide: [] });
  }
});
