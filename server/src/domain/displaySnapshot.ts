import { createHash } from 'node:crypto';
import {
  calendarDate,
  isOnAir,
  playOrder,
  publicContentItem,
  type ContentItem,
  type DisplaySnapshot,
  type School,
  type Screen,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';

/**
 * What one screen plays now: approved, valid, assigned items only, with every office-only field stripped
 * (publicContentItem drops status, authors, assignments). The version is a hash of the content, so
 * identical snapshots share a version and a screen's acknowledgement proves what it shows.
 */
export function buildSnapshot(screen: Screen, school: School, content: ContentItem[], now: Date): DisplaySnapshot {
  const today = calendarDate(now, school.timezone);
  const items = content
    .filter((item) => isOnAir(item, screen.id, today))
    .sort(playOrder)
    .map((item) => publicContentItem.parse(item));
  const version = createHash('sha256').update(JSON.stringify({ screen, school, items })).digest('hex').slice(0, 16);
  return { version, generatedAt: now.toISOString(), screen, school, items };
}

export function createDisplayService({ store, clock }: { store: Store; clock: Clock }) {
  return {
    async snapshotForSlug(slug: string): Promise<DisplaySnapshot | null> {
      const screen = await store.getScreenBySlug(slug);
      if (!screen) return null;
      return buildSnapshot(screen, await store.getSchool(), await store.listContent(), clock.now());
    },
    async snapshotsForAll(): Promise<DisplaySnapshot[]> {
      const [screens, school, content] = await Promise.all([store.listScreens(), store.getSchool(), store.listContent()]);
      const now = clock.now();
      return screens.map((screen) => buildSnapshot(screen, school, content, now));
    },
  };
}
export type DisplayService = ReturnType<typeof createDisplayService>;
