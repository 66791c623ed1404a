import { createHash } from 'node:crypto';
import {
  PLAN_HORIZON_DAYS,
  calendarDate,
  dayNumber,
  evaluateSchedule,
  publicContentItem,
  publicEmergency,
  publicScheduleEntry,
  type ContentItem,
  type DisplaySnapshot,
  type EmergencyNotice,
  type Playlist,
  type PublicContentItem,
  type ScheduleEntry,
  type ScheduleState,
  type School,
  type Screen,
  type ScreenPlan,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { receptionCatalogue } from './receptionCatalogue.ts';

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

/** Everything the planner reads, from one read of the store. */
export interface PlanningData {
  screens: Screen[];
  school: School;
  content: ContentItem[];
  schedules: ScheduleEntry[];
  playlists: Playlist[];
  emergencies: EmergencyNotice[];
}

export async function readPlanningData(store: Store): Promise<PlanningData> {
  const [screens, school, content, schedules, playlists, emergencies] = await Promise.all([
    store.listScreens(),
    store.getSchool(),
    store.listContent(),
    store.schedules.list(),
    store.playlists.list(),
    store.emergencies.list(),
  ]);
  return { screens, school, content, schedules, playlists, emergencies };
}

export function scheduleStateOf(data: PlanningData): ScheduleState {
  return {
    timezone: data.school.timezone,
    screens: data.screens,
    content: data.content,
    entries: data.schedules,
    playlists: data.playlists,
    emergencies: data.emergencies,
  };
}

const targets = (entry: ScheduleEntry, screen: Screen) =>
  entry.screens === 'all' || entry.screens.screenIds.includes(screen.id) || (screen.group !== '' && entry.screens.groups.includes(screen.group));

/**
 * The offline part of a snapshot: this screen's enabled entries, the playlists they use, its direct assignments, and
 * the approved items (not already playing) that may play within the planning horizon.
 */
function offlinePlan(screen: Screen, data: PlanningData, now: Date, playing: ReadonlySet<string>, toPublic: PublicItemCache) {
  const entries = data.schedules.filter((e) => e.enabled && targets(e, screen));
  const playlistIds = new Set(entries.map((e) => e.playlistId).filter((id): id is string => id !== null));
  if (screen.defaultPlaylistId) playlistIds.add(screen.defaultPlaylistId);
  const playlists = data.playlists.filter((p) => playlistIds.has(p.id)).map((p) => ({ id: p.id, contentIds: p.contentIds }));
  const assignedIds = data.content.filter((c) => c.screens === 'all' || c.screens.includes(screen.id)).map((c) => c.id);
  const wanted = new Set([...assignedIds, ...entries.flatMap((e) => e.contentIds), ...playlists.flatMap((p) => p.contentIds)]);
  const today = dayNumber(calendarDate(now, data.school.timezone));
  const horizonDay = today + PLAN_HORIZON_DAYS;
  const pool = data.content
    .filter(
      (c) =>
        wanted.has(c.id) &&
        !playing.has(c.id) &&
        c.status === 'approved' &&
        (!c.validUntil || dayNumber(c.validUntil) >= today) &&
        (!c.validFrom || dayNumber(c.validFrom) <= horizonDay),
    )
    .map(toPublic);
  return { entries: entries.map((e) => publicScheduleEntry.parse(e)), playlists, assignedIds, pool };
}

/**
 * What one screen plays now, as decided by the shared evaluator. The version is a hash of the content, so identical
 * snapshots share a version and a screen's acknowledgement proves what it shows.
 */
export function buildSnapshot(
  screen: Screen,
  data: PlanningData,
  plan: ScreenPlan,
  now: Date,
  toPublic: PublicItemCache = createPublicItemCache(),
  displayBuild: string | null = null,
): DisplaySnapshot {
  const byId = new Map(data.content.map((c) => [c.id, c] as const));
  const items: PublicContentItem[] = [];
  for (const planned of plan.items) {
    const item = byId.get(planned.contentId);
    if (!item) continue;
    const shown = toPublic(item);
    items.push(planned.durationSeconds === null ? shown : { ...shown, durationSeconds: planned.durationSeconds });
  }
  const notice = plan.emergencyId ? data.emergencies.find((e) => e.id === plan.emergencyId) : undefined;
  const emergency = notice ? publicEmergency.parse(notice) : null;
  const schedule = offlinePlan(screen, data, now, new Set(plan.items.map((p) => p.contentId)), toPublic);
  const catalogue = receptionCatalogue(screen, data.content, now, data.school.timezone, toPublic);
  const itemsKey = items.map((i) => `${i.id}@${i.version}:${i.durationSeconds}`).join(',');
  const planKey = `${schedule.entries.map((e) => `${e.id}:${e.createdAt}:${JSON.stringify(e.rule)}`).join(',')}|${schedule.pool.map((i) => `${i.id}@${i.version}`).join(',')}`;
  const version = sha(
    `${JSON.stringify(screen)}|${JSON.stringify(data.school)}|${itemsKey}|${JSON.stringify(emergency)}|${sha(planKey)}|${JSON.stringify(schedule.playlists)}|${displayBuild}|${catalogue.map((i) => `${i.id}@${i.version}`).join(',')}`,
  );
  return {
    version,
    generatedAt: now.toISOString(),
    screen,
    school: data.school,
    items,
    emergency,
    nextChangeAt: plan.nextChangeAt,
    schedule,
    catalogue,
    displayBuild,
  };
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

  async function snapshots(filter: (screen: Screen) => boolean): Promise<DisplaySnapshot[]> {
    const data = await readPlanningData(store);
    const now = clock.now();
    const wanted = new Set(data.screens.filter(filter).map((s) => s.id));
    const plans = evaluateSchedule(scheduleStateOf(data), now, wanted);
    const build = displayBuild();
    return data.screens
      .filter((screen) => wanted.has(screen.id))
      .map((screen) => buildSnapshot(screen, data, plans.get(screen.id) as ScreenPlan, now, toPublic, build));
  }

  return {
    async snapshotForSlug(slug: string): Promise<DisplaySnapshot | null> {
      const [snapshot] = await snapshots((screen) => screen.slug === slug);
      return snapshot ?? null;
    },
    /** Snapshots for the given screens (all when omitted), from one read of the store. */
    snapshotsFor(screenIds?: ReadonlySet<string>): Promise<DisplaySnapshot[]> {
      return snapshots((screen) => !screenIds || screenIds.has(screen.id));
    },
  };
}
export type DisplayService = ReturnType<typeof createDisplayService>;
