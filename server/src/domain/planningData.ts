import type { ContentItem, EmergencyNotice, Playlist, ScheduleEntry, ScheduleState, School, Screen, ScreenPlan } from '@bangtin/shared';
import type { Store } from '../store/store.ts';
import type { InheritedFeed } from './wardFeed.ts';

/** Everything the planner reads, from one read of the store. */
export interface PlanningData {
  screens: Screen[];
  school: School;
  content: ContentItem[];
  schedules: ScheduleEntry[];
  playlists: Playlist[];
  emergencies: EmergencyNotice[];
}

/** One planning step: one read of the store, one evaluation of every screen at one instant. */
export interface PlanningStep {
  data: PlanningData;
  now: Date;
  plans: ReadonlyMap<string, ScreenPlan>;
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

/** Own items first; a ward item whose id the child also uses (never, with generated ids) cannot shadow the child's own. */
function withInherited<T extends { id: string }>(own: T[], inherited: readonly T[]): T[] {
  const ids = new Set(own.map((item) => item.id));
  return [...own, ...inherited.filter((item) => !ids.has(item.id))];
}

/**
 * Reads planning data and keeps one object per schedule entry id@version across reads (a stored version never changes
 * meaning), so the evaluator's per-entry memory (parsed rule, last answer) survives from one planning step to the next.
 * In a child unit, `inherited` adds the ward's approved items and active notices meant for it (wardFeed.ts): they join
 * the base rotation of every screen and the emergency check, so snapshots, plans and proof of display treat them like
 * the child's own. A failing read of the ward fails the step (kiosks keep their last snapshot) rather than dropping them.
 */
export function createPlanningReader(store: Store, inherited?: InheritedFeed): () => Promise<PlanningData> {
  let known = new Map<string, ScheduleEntry>();
  return async () => {
    const [data, fromParent] = await Promise.all([readPlanningData(store), inherited?.read()]);
    if (fromParent) {
      data.content = withInherited(data.content, fromParent.content);
      data.emergencies = withInherited(data.emergencies, fromParent.emergencies);
    }
    const kept = new Map<string, ScheduleEntry>();
    data.schedules = data.schedules.map((entry) => {
      const key = `${entry.id}@${entry.version}`;
      const same = known.get(key) ?? entry;
      kept.set(key, same);
      return same;
    });
    known = kept;
    return data;
  };
}
