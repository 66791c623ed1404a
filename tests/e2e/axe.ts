import type { Page } from '@playwright/test';
import axe, { type AxeResults, type ContextObject, type RunOptions } from 'axe-core';

/** WCAG 2.x A and AA rules; only violations are collected in full (axe otherwise serialises every passing node). */
const OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
} satisfies RunOptions;
/** The whole document, as @axe-core/playwright passes it without include() or exclude(). */
const CONTEXT = { include: [], exclude: [] } satisfies ContextObject;
/** axe-core (the very copy @axe-core/playwright injects: it pins this version) configured as that package's legacy mode does. */
const INJECT = `${axe.source};axe.configure({ allowedOrigins: ['<same_origin>'], branding: { application: 'playwright' } });`;

type AxeWindow = Window & { axe?: typeof axe };

/**
 * axe (WCAG 2.x A and AA rules) on the page as it stands: the serious and critical violations, one readable line each.
 *
 * What @axe-core/playwright's legacy mode does — axe.run() in the page itself, every (same-origin) frame injected — but
 * axe is injected only into a document that does not have it yet: the package evaluated its half-megabyte source twice
 * in every frame on every call, and a page checked at two sizes, or a console page opened in-app after another, keeps
 * its document (a fifth of the a11y spec's CPU went to re-injecting).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  for (const frame of page.frames()) {
    const injected = await frame.evaluate(() => typeof (window as AxeWindow).axe?.run === 'function').catch(() => true);
    // A frame that cannot be reached (detached meanwhile) is skipped, as the package's injection skips it.
    if (!injected) await frame.evaluate(INJECT).catch(() => undefined);
  }
  const results: AxeResults = await page.evaluate(
    ({ context, options }) => (window as AxeWindow).axe!.run(context, options),
    { context: CONTEXT, options: OPTIONS },
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
