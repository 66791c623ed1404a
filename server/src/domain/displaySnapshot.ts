import { createHash } from 'node:crypto';
import {
  PLAN_HORIZON_DAYS,
  calendarDate,
  dayNumber,
  evaluateSchedule,
  playLoop,
  publicEmergency,
  publicScheduleEntry,
  unitPublicAddress,
  validDuring,
  type DisplaySnapshot,
  type PublicContentItem,
  type ScheduleEntry,
  type Screen,
  type ScreenPlan,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import { scheduleStateOf, type PlanningData, type PlanningStep } from './planningData.ts';
import { createPublicItemCache, type PublicItemCache } from './publicItems.ts';
import { receptionCatalogue } from './receptionCatalogue.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

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
        validDuring(c, today, horizonDay),
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
  const planned: { item: PublicContentItem; everyMinutes: number | null; sharePercent: number | null }[] = [];
  for (const step of plan.items) {
    const item = byId.get(step.contentId);
    if (!item) continue;
    const shown = toPublic(item);
    planned.push({ item: step.durationSeconds === null ? shown : { ...shown, durationSeconds: step.durationSeconds }, everyMinutes: step.everyMinutes, sharePercent: step.sharePercent ?? null });
  }
  // The loop as the screen plays it: a notice with a frequency comes round as often as the office set.
  const items = playLoop(planned, data.school.slideDefaults, screen.profile);
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
  readPlanning,
  clock,
  evaluate = evaluateSchedule,
  displayBuild = () => null,
  unitBase = '',
}: {
  /** One read of everything a snapshot needs (app.ts shares one reader with the planner). */
  readPlanning: () => Promise<PlanningData>;
  clock: Clock;
  /** The shared evaluator (app.ts counts its calls). */
  evaluate?: typeof evaluateSchedule;
  displayBuild?: () => string | null;
  /**
   * The unit's base ('' at the root, '/truong-a' for a child unit). Screens resolve a QR's site page ("/gop-y") and a
   * procedure's page against `school.publicUrl`, so a child's snapshot carries its own public address (base included):
   * a child kiosk's code leads to the child's page, never the root's.
   */
  unitBase?: string;
}) {
  const toPublic = createPublicItemCache();

  /** Snapshots of the given screens from a planning step already made (no store read, no evaluation). */
  function snapshotsFrom(step: PlanningStep, screenIds: ReadonlySet<string>): DisplaySnapshot[] {
    const build = displayBuild();
    const data = unitBase ? { ...step.data, school: { ...step.data.school, publicUrl: unitPublicAddress(step.data.school.publicUrl, unitBase) } } : step.data;
    const snapshots: DisplaySnapshot[] = [];
    for (const screen of data.screens) {
      const plan = screenIds.has(screen.id) ? step.plans.get(screen.id) : undefined;
      if (plan) snapshots.push(buildSnapshot(screen, data, plan, step.now, toPublic, build));
    }
    return snapshots;
  }

  return {
    snapshotsFrom,
    /** One screen's snapshot (a kiosk connecting): one read, the evaluator run for that screen only. */
    async snapshotForSlug(slug: string): Promise<DisplaySnapshot | null> {
      const data = await readPlanning();
      const screen = data.screens.find((s) => s.slug === slug);
      if (!screen) return null;
      const now = clock.now();
      const wanted = new Set([screen.id]);
      const [snapshot] = snapshotsFrom({ data, now, plans: evaluate(scheduleStateOf(data), now, wanted) }, wanted);
      return snapshot ?? null;
    },
  };
}
export type DisplayService = ReturnType<typeof createDisplayService>;
