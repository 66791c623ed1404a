import type { ContentItem, ContentStatus } from '@bangtin/shared';

/** "active" = everything but archived (the default view); "all" includes archived. */
export type StatusFilter = 'active' | 'all' | ContentStatus;

export const PAGE_SIZE = 20;

export const statusParam = (filter: StatusFilter): ContentStatus | undefined =>
  filter === 'active' || filter === 'all' ? undefined : filter;

export function matchesStatus(item: ContentItem, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'active') return item.status !== 'archived';
  return item.status === filter;
}

export const newestFirst = (a: ContentItem, b: ContentItem) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

/**
 * Folds a pushed change into the list on screen: replace it in place, drop it when it no longer matches
 * the status filter, add it when it newly matches (unless a text search is narrowing the list: the server
 * decides what matches a search, so a search result list waits for its next refresh).
 */
export function applyUpdate(list: ContentItem[], item: ContentItem, filter: StatusFilter, searching: boolean): ContentItem[] {
  const present = list.some((x) => x.id === item.id);
  if (!matchesStatus(item, filter)) return present ? list.filter((x) => x.id !== item.id) : list;
  if (present) return list.map((x) => (x.id === item.id ? item : x));
  return searching ? list : [item, ...list];
}

/** '' = every area, 'none' = items without one, else a code. */
export const matchesArea = (item: ContentItem, area: string) =>
  area === '' || (area === 'none' ? item.areas.length === 0 : item.areas.includes(area));
