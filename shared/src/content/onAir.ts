import type { ContentItem } from '../schemas/content.ts';

/**
 * Whether an item may play on a screen on a given school-calendar day. The single rule for "what reaches a
 * screen": approved, inside its validity dates, and assigned to that screen. Drafts never pass.
 * (Schedules with dayparts and priorities refine this later; they never widen it.)
 */
export function isOnAir(item: ContentItem, screenId: string, today: string): boolean {
  if (item.status !== 'approved') return false;
  if (item.validFrom && today < item.validFrom) return false;
  if (item.validUntil && today > item.validUntil) return false;
  return item.screens === 'all' || item.screens.includes(screenId);
}

/** Stable play order: by type group first (slogans and notices interleave later in the player), then creation. */
export function playOrder(a: ContentItem, b: ContentItem): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
