import { calendarDate, dayNumber, validDuring, type ContentItem, type EmergencyNotice, type UnitAudience } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { isActive } from './emergencies.ts';

/** What a child unit receives from the root (the ward): read, never written, by the child. */
export interface InheritedFeed {
  read(): Promise<{ content: ContentItem[]; emergencies: EmergencyNotice[] }>;
}

/**
 * The marker a child tells the ward's items by. It is added here, on the copy the child plans with, and is no field
 * of any input schema: nothing written through the child's API can carry it, and the child's store never holds it.
 */
export interface FromParent {
  origin: 'parent';
}
export type InheritedContent = ContentItem & FromParent;
export type InheritedEmergency = EmergencyNotice & FromParent;

export const isInherited = (item: object): item is FromParent => 'origin' in item && item.origin === 'parent';

export const reaches = (audience: UnitAudience, childUnitId: string): boolean =>
  audience === 'all' || (Array.isArray(audience) && audience.includes(childUnitId));

/**
 * The ward's items for one child unit: approved content (the one on-air rule, `validDuring`: drafts, pending,
 * rejected and archived items never come; nor do items whose validity has ended) and active emergency notices, whose
 * audience names the child or is 'all'. The ward's approval suffices (no second approval in the child), so what
 * arrives is shaped to play on every screen of the child (`screens: 'all'`) and to reach nobody further
 * (`audience: 'none'`; the child never learns which siblings an item also reaches).
 */
export function createInheritedFeed(rootStore: Store, childUnitId: string, clock: Clock): InheritedFeed {
  return {
    async read() {
      const [content, emergencies, school] = await Promise.all([rootStore.listContent(), rootStore.emergencies.list(), rootStore.getSchool()]);
      const now = clock.now();
      const today = dayNumber(calendarDate(now, school.timezone));
      return {
        content: content
          .filter((item) => reaches(item.audience, childUnitId) && validDuring(item, today, Number.POSITIVE_INFINITY))
          .map((item): InheritedContent => ({ ...item, screens: 'all', audience: 'none', origin: 'parent' })),
        emergencies: emergencies
          .filter((notice) => reaches(notice.audience, childUnitId) && isActive(notice, now))
          .map((notice): InheritedEmergency => ({ ...notice, screens: 'all', audience: 'none', origin: 'parent' })),
      };
    },
  };
}
