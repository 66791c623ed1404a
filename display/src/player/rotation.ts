import { slideSeconds, type PublicContentItem } from '@bangtin/shared';

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

/** Slide time divided by the `?speed=N` test hook. */
export function slideDurationMs(item: PublicContentItem, speed: number): number {
  return (slideSeconds(item) * 1000) / speed;
}

/** Cross-fade length: calm at real speed, never more than a quarter of a (sped-up) slide. */
export function fadeMsFor(durationMs: number): number {
  return Math.round(Math.min(700, durationMs / 4));
}

/** Failures are remembered per content version, so an edited item gets a fresh chance. */
export const failureKey = (item: PublicContentItem) => `${item.id}@${item.version}`;
