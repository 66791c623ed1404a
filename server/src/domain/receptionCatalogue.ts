import { calendarDate, validOn, type ContentItem, type PublicContentItem, type Screen } from '@bangtin/shared';
import type { PublicItemCache } from './publicItems.ts';

/** One Vietnamese collator for every sort: `localeCompare(…, 'vi')` builds a new one on each comparison. */
const byVietnameseName = new Intl.Collator('vi').compare;

/**
 * What the reception look-up may show: every approved procedure inside its validity dates today, whichever screens
 * it is assigned to (a parent may ask about any of them), sorted by name. Only interactive screens get it.
 */
export function receptionCatalogue(
  screen: Screen,
  content: readonly ContentItem[],
  now: Date,
  timeZone: string,
  toPublic: PublicItemCache,
): PublicContentItem[] {
  if (!screen.interactive) return [];
  const today = calendarDate(now, timeZone);
  return content
    .filter((c) => c.type === 'procedure' && validOn(c, today))
    .sort((a, b) => (a.type === 'procedure' && b.type === 'procedure' ? byVietnameseName(a.name, b.name) : 0))
    .map(toPublic);
}
