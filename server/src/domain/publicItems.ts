import { publicContentItem, type ContentItem, type PublicContentItem } from '@bangtin/shared';

/**
 * Turns stored items into what screens may see (publicContentItem drops status, authors, assignments).
 * An item's id@version never changes meaning, so each public copy is made once and reused by every screen
 * and every publish — a publish to many screens no longer re-parses every item per screen.
 */
export function createPublicItemCache(limit = 10_000) {
  const cache = new Map<string, PublicContentItem>();
  return (item: ContentItem): PublicContentItem => {
    const key = `${item.id}@${item.version}`;
    let found = cache.get(key);
    if (!found) {
      if (cache.size >= limit) cache.clear();
      found = publicContentItem.parse(item);
      cache.set(key, found);
    }
    return found;
  };
}
export type PublicItemCache = ReturnType<typeof createPublicItemCache>;
