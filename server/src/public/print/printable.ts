import { calendarDate, validOn, type ContentItem, type ContentOf, type ContentType } from '@bangtin/shared';
import type { PublicContext } from '../context.ts';

/**
 * What may go on the paper board: exactly what may go on air today (the shared date rule `validOn`: approved and
 * inside its validity dates). A draft, an item waiting for approval, an archived one or one past its end date is
 * "not found" — a poster must never show what the principal has not approved.
 */
export function findPrintable<T extends ContentType>(
  items: readonly ContentItem[],
  type: T,
  ctx: Pick<PublicContext, 'school' | 'now'>,
  matches: (item: ContentOf<T>) => boolean,
): ContentOf<T> | undefined {
  const today = calendarDate(ctx.now, ctx.school.timezone);
  const isType = (item: ContentItem): item is ContentOf<T> => item.type === type;
  return items.filter(isType).find((item) => validOn(item, today) && matches(item));
}
