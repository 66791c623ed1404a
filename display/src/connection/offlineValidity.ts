import { validOn, type PublicContentItem } from '@bangtin/shared';

/**
 * While the server is away nobody takes expired notices off the screen; the kiosk does it itself with the
 * same rule as the server (`validOn`: validity dates compared with today's date in the school's timezone), so an
 * expired notice does not stay up for days. Returns the same array when nothing is filtered out.
 */
export function stillValidOn(items: readonly PublicContentItem[], today: string): readonly PublicContentItem[] {
  const valid = items.filter((item) => validOn(item, today));
  return valid.length === items.length ? items : valid;
}
