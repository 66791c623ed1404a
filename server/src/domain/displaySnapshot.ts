import { createHash } from 'node:crypto';
import {
  calendarDate,
  isOnAir,
  playOrder,
  publicContentItem,
  type ContentItem,
  type DisplaySnapshot,
  type PublicContentItem,
  type School,
  type Screen,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

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

/**
 * What one screen plays on a given school day: approved, valid, assigned items only. The version is a hash of
 * the content, so identical snapshots share a version and a screen's acknowledgement proves what it shows.
 */
export function buildSnapshot(
  screen: Screen,
  school: School,
  content: readonly ContentItem[],
  now: Date,
  toPublic: PublicItemCache = createPublicItemCache(),
  displayBuild: string | null = null,
): DisplaySnapshot {
  const today = calendarDate(now, school.timezone);
  const onAir = content.filter((item) => isOnAir(item, screen.id, today)).sort(playOrder);
  const items = onAir.map(toPublic);
  const itemsKey = onAir.map((i) => `${i.id}@${i.version}`).join(',');
  const version = sha(`${JSON.stringify(screen)}|${JSON.stringify(school)}|${itemsKey}|${displayBuild}`);
  return { version, generatedAt: now.toISOString(), screen, school, items, displayBuild };
}

export function createDisplayService({
  store,
  clock,
  displayBuild = () => null,
}: {
  store: Store;
  clock: Clock;
  displayBuild?: () => string | null;
}) {
  const toPublic = createPublicItemCache();
  return {
    async snapshotForSlug(slug: string): Promise<DisplaySnapshot | null> {
      const screen = await store.getScreenBySlug(slug);
      if (!screen) return null;
      return buildSnapshot(screen, await store.getSchool(), await store.listContent(), clock.now(), toPublic, displayBuild());
    },
    /** Snapshots for the given screens (all when omitted), from one read of the store. */
    async snapshotsFor(screenIds?: ReadonlySet<string>): Promise<DisplaySnapshot[]> {
      const [screens, school, content] = await Promise.all([store.listScreens(), store.getSchool(), store.listContent()]);
      const now = clock.now();
      const build = displayBuild();
      return screens
        .filter((screen) => !screenIds || screenIds.has(screen.id))
        .map((screen) => buildSnapshot(screen, school, content, now, toPublic, build));
    },
  };
}
export type DisplayService = ReturnType<typeof createDisplayService>;
