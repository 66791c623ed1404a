import { slideSeconds, type PublicContentItem, type ReadingBounds, type Screen } from '@bangtin/shared';

/** Pure rules of the rotation; the hook in useRotation.ts adds the clock. */

/** How a slide layer is on stage: playing, fading out under the new one, or rendered ahead unseen. */
export type LayerRole = 'active' | 'leaving' | 'next';

export interface Resolved {
  item: PublicContentItem | null;
  index: number;
}

/**
 * Which item plays now: the current one if it is still in the playlist (with its updated content),
 * otherwise whatever now sits at its old position (the item that would have followed), or the first.
 */
export function resolveActive(playable: readonly PublicContentItem[], activeId: string | null, index: number): Resolved {
  if (playable.length === 0) return { item: null, index: 0 };
  // A frequent notice sits in the loop more than once: the occurrence being played is the one at `index`.
  const here = playable[index];
  if (here && here.id === activeId) return { item: here, index };
  const found = activeId === null ? -1 : playable.findIndex((item) => item.id === activeId);
  if (found >= 0) return { item: playable[found] ?? null, index: found };
  const fallbackIndex = index < playable.length ? index : 0;
  return { item: playable[fallbackIndex] ?? null, index: fallbackIndex };
}

export function nextOf(playable: readonly PublicContentItem[], index: number): Resolved {
  if (playable.length === 0) return { item: null, index: 0 };
  const nextIndex = (index + 1) % playable.length;
  return { item: playable[nextIndex] ?? null, index: nextIndex };
}

/** Where the rotation stands: which playable item, and which of its pages (0 for a one-page slide). */
export interface StepPosition {
  index: number;
  page: number;
}

/** How many pages the item at `index` has (1 until a paged slide has measured itself). */
export type PagesAt = (index: number) => number;

/** One step on: the next page of a paged slide, else the first page of the following slide (wrapping). */
export function stepForward(position: StepPosition, count: number, pagesAt: PagesAt): StepPosition {
  if (count === 0) return { index: 0, page: 0 };
  if (position.page + 1 < pagesAt(position.index)) return { index: position.index, page: position.page + 1 };
  return { index: (position.index + 1) % count, page: 0 };
}

/** One step back: the previous page, else the last page of the previous slide (wrapping). */
export function stepBack(position: StepPosition, count: number, pagesAt: PagesAt): StepPosition {
  if (count === 0) return { index: 0, page: 0 };
  const page = Math.min(position.page, pagesAt(position.index) - 1); // the page count may have shrunk
  if (page > 0) return { index: position.index, page: page - 1 };
  const index = (position.index - 1 + count) % count;
  return { index, page: Math.max(0, pagesAt(index) - 1) };
}

/**
 * A move to the neighbouring page of the same slide, not a slide boundary (no fade, no reload). A lone
 * paged slide wrapping from its last page to its first is a boundary: the slide starts again.
 */
export function isPageTurn(from: StepPosition, to: StepPosition, direction: 1 | -1): boolean {
  return from.index === to.index && to.page - from.page === direction;
}

/** Slide time (within the school's reading-time bounds) divided by the `?speed=N` test hook. */
export function slideDurationMs(item: PublicContentItem, speed: number, bounds?: ReadingBounds, profile?: Screen['profile']): number {
  return (slideSeconds(item, bounds, profile) * 1000) / speed;
}

/** Slides shorter than this (only under `?speed=N`) cut instead of fading: a fade would never finish. */
export const MIN_FADING_SLIDE_MS = 300;

/** Cross-fade length: calm at real speed, never more than a quarter of a (sped-up) slide, none when very short. */
export function fadeMsFor(durationMs: number): number {
  if (durationMs < MIN_FADING_SLIDE_MS) return 0;
  return Math.round(Math.min(700, durationMs / 4));
}

/** Failures are remembered per content version, so an edited item gets a fresh chance. */
export const failureKey = (item: PublicContentItem) => `${item.id}@${item.version}`;
