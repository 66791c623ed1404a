import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Page model of a kiosk and the office's remote control of it. */
export const activeSlide = (page: Page): Locator => page.getByTestId('slide');
export const activeSlideId = (page: Page) => activeSlide(page).getAttribute('data-slide-id');
/** The slide and its page on screen ("id#page"): a step is over when this changes. */
const activeStep = (page: Page) =>
  activeSlide(page).evaluate((el) => `${el.getAttribute('data-slide-id')}#${el.getAttribute('data-slide-page')}`).catch(() => '');

/** Sends a remote command ("next", "identify", …) to every kiosk of one screen, as the Screens page does. */
export async function sendCommand(baseUrl: string, cookie: string, screenId: string, command: 'next' | 'previous' | 'identify'): Promise<void> {
  const res = await fetch(`${baseUrl}/api/screens/${screenId}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ command }),
  });
  expect(res.status).toBe(200);
}

/**
 * Moves the rotation with the "next" command until `wanted` holds for the slide on screen (or `maxSteps` steps), instead
 * of waiting for slides to come up in their turn: each step is one command, answered at once however busy the machine.
 * `onSlide` sees every distinct slide on the way. Returns whether `wanted` was reached.
 */
export async function stepUntil(
  page: Page,
  remote: { url: string; cookie: string; screenId: string },
  wanted: (slide: { id: string; type: string }) => boolean | Promise<boolean>,
  options: { maxSteps?: number; onSlide?: (slide: { id: string; type: string }) => Promise<void> } = {},
): Promise<boolean> {
  const seen = new Set<string>();
  for (let step = 0; step <= (options.maxSteps ?? 80); step++) {
    await expect(activeSlide(page)).toBeVisible();
    const before = await activeStep(page);
    const id = (await activeSlideId(page)) ?? '';
    const type = (await activeSlide(page).getAttribute('data-slide-type')) ?? '';
    if (!seen.has(id)) {
      seen.add(id);
      await options.onSlide?.({ id, type });
    }
    if (await wanted({ id, type })) return true;
    await sendCommand(remote.url, remote.cookie, remote.screenId, 'next');
    // A step is a page of the same slide or the next slide: wait until the slide or its page changes (a loop of one
    // single-page slide never changes: that wait ends at the timeout).
    await expect.poll(() => activeStep(page), { timeout: 1500, intervals: [50, 100, 200] }).not.toBe(before).catch(() => undefined);
  }
  return false;
}
