import type { ContentItem, EmergencyNotice, Playlist, ScheduleEntry, ScheduleState, School, Screen, ScreenPlan } from '@bangtin/shared';
import type { Store } from '../store/store.ts';

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

/**
 * Reads planning data and keeps one object per schedule entry id@version across reads (a stored version never changes
 * meaning), so the evaluator's per-entry memory (parsed rule, last answer) survives from one planning step to the next.
 */
export function createPlanningReader(store: Store): () => Promise<PlanningData> {
  let known = new Map<string, ScheduleEntry>();
  return async () => {
    const data = await readPlanningData(store);
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
