import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe (WCAG 2.x A and AA rules) on the page as it stands: the serious and critical violations, one readable line each.
 * Only violations are collected in full: axe otherwise serialises every passing node of every rule, most of the cost
 * on a long list page. Legacy mode runs axe.run() in the page itself (same-origin frames included, and every frame
 * here is ours) instead of runPartial() per frame plus finishRun() in a new blank page: that blank page was a new
 * renderer and a second axe injection on every call.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
