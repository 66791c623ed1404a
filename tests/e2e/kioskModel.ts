import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Page model of a kiosk and the office's remote control of it. */
export const activeSlide = (page: Page): Locator => page.getByTestId('slide');
export const activeSlideId = (page: Page) => activeSlide(page).getAttribute('data-slide-id');
/** What is on screen, read in one call: the slide, its type and its page ("id#page" is a step: it changes per step). */
const onScreen = (page: Page) =>
  activeSlide(page).evaluate((el) => ({
    id: el.getAttribute('data-slide-id') ?? '',
    type: el.getAttribute('data-slide-type') ?? '',
    step: `${el.getAttribute('data-slide-id')}#${el.getAttribute('data-slide-page')}`,
  }));

/**
 * Resolves when the slide or its page on screen is no longer `before`, or after `timeoutMs`: a MutationObserver in the
 * page, one call instead of a poll of round trips (every step of every stepped test waits here).
 */
const stepChanged = (page: Page, before: string, timeoutMs: number) =>
  page.evaluate(
    ({ before, timeoutMs }) =>
      new Promise<void>((resolve) => {
        const step = () => {
          const el = document.querySelector('[data-testid="slide"]');
          return el ? `${el.getAttribute('data-slide-id')}#${el.getAttribute('data-slide-page')}` : '';
        };
        if (step() !== before) return resolve();
        const done = () => {
          observer.disconnect();
          window.clearTimeout(timer);
          resolve();
        };
        const observer = new MutationObserver(() => step() !== before && done());
        const timer = window.setTimeout(done, timeoutMs);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-slide-id', 'data-slide-page'] });
      }),
    { before, timeoutMs },
  );

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
    const { id, type, step: before } = await onScreen(page);
    if (!seen.has(id)) {
      seen.add(id);
      await options.onSlide?.({ id, type });
    }
    if (await wanted({ id, type })) return true;
    await sendCommand(remote.url, remote.cookie, remote.screenId, 'next');
    // A step is a page of the same slide or the next slide: wait until the slide or its page changes (a loop of one
    // single-page slide never changes: that wait ends at the timeout; a reload meanwhile ends it too).
    await stepChanged(page, before, 1500).catch(() => undefined);
  }
  return false;
}

/** The kiosk resolutions every slide must fit: 1080p, portrait 1080p, 720p and 4K. */
export const KIOSK_VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1280, height: 720 },
  { width: 3840, height: 2160 },
] as const;

/**
 * The order to check one slide at every kiosk resolution by resizing one page: first the size the page has now (no
 * resize), then the others from the most pixels to the fewest. A resize is a relayout and a raster of the whole slide,
 * so the page never rests at 4K: the slides the rotation steps past afterwards are drawn at 720p or 1080p, not in a 4K
 * frame (4× the pixels), and no slide starts with a resize back to one fixed size.
 */
export function viewportsInCheckOrder(page: Page): { width: number; height: number }[] {
  const size = page.viewportSize();
  const current = KIOSK_VIEWPORTS.find((v) => v.width === size?.width && v.height === size?.height);
  const rest = KIOSK_VIEWPORTS.filter((v) => v !== current).sort((a, b) => b.width * b.height - a.width * a.height);
  return current ? [current, ...rest] : rest;
}

/** Resizes the page to `viewport` unless it has that size already (no emulation round trip for the size it has). */
export async function resizeTo(page: Page, viewport: { width: number; height: number }): Promise<void> {
  const size = page.viewportSize();
  if (size?.width !== viewport.width || size.height !== viewport.height) await page.setViewportSize(viewport);
}
