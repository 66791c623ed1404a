import { playableDays } from '../content/onAir.ts';
import type { ContentStatus } from '../schemas/content.ts';
import type { ItemTiming, PublicScheduleEntry } from '../schemas/schedule.ts';
import { cachedCron, nextCronRun } from './cron.ts';
import { entryState, type EntryState } from './entryState.ts';
import { DAY_MS, MINUTE_MS, fromWall, horizonClock, toWall } from './wallClock.ts';

/**
 * THE schedule evaluator: a pure function of (schedule, instant, timezone) → what each screen plays now and when
 * that may next change. The server uses it to build snapshots and to set its boundary tasks, the kiosk uses it while
 * offline, the admin uses it for the week timeline and "what plays at 07:15 on Monday?".
 *
 * Rules, in order:
 * 1. Only approved content inside its own validity dates ever plays (drafts never reach a screen): `playableDays`
 *    in content/onAir.ts, the one date rule.
 * 2. An entry is active when enabled, targeted at the screen (all / its id / its group), the occurrence's start day
 *    is inside the entry's date range, and the instant is inside a window (weekly) or within `durationMinutes` of a
 *    cron run. A window crossing midnight belongs to the day it starts.
 * 3. If any active "replace" entry has playable content, only the highest-priority such entries play (equal
 *    priorities play together, oldest entry first).
 * 4. Otherwise the active "add" entries (highest priority first) play, followed by the screen's base rotation:
 *    its default playlist, then content assigned to it directly. Each item plays once. An item with its own days and
 *    windows (`timing.weekly`, set in its editor) is in the base rotation only inside them — the weekly rule of an
 *    entry, read by the same code (entryState.ts).
 * 5. An active emergency notice for the screen is reported beside the items (the kiosk shows it over everything).
 */

export interface EvaluatorContent {
  id: string;
  status: ContentStatus;
  validFrom: string | null;
  validUntil: string | null;
  /** Direct assignment: the base rotation of these screens. */
  screens: 'all' | readonly string[];
  createdAt: string;
  /** When and how often it plays where it is assigned directly; absent = always, once per loop. */
  timing?: ItemTiming | undefined;
}

export interface EvaluatorScreen {
  id: string;
  group: string;
  defaultPlaylistId: string | null;
}

export interface EvaluatorEntry extends PublicScheduleEntry {
  /** Absent = enabled (the kiosk only ever receives enabled entries). */
  enabled?: boolean;
}

export interface EvaluatorEmergency {
  id: string;
  screens: 'all' | readonly string[];
  startedAt: string;
  expiresAt: string;
  clearedAt: string | null;
}

export interface ScheduleState {
  timezone: string;
  screens: readonly EvaluatorScreen[];
  content: readonly EvaluatorContent[];
  entries: readonly EvaluatorEntry[];
  playlists: readonly { id: string; contentIds: readonly string[] }[];
  emergencies?: readonly EvaluatorEmergency[];
}

export interface PlannedItem {
  contentId: string;
  /** The entry that put it there; null for the base rotation. */
  entryId: string | null;
  /** The entry's per-slide override, if any. */
  durationSeconds: number | null;
  /** The entry's frequency ("at least every N minutes"), if any; the loop repeats the item to honour it (loop.ts). */
  everyMinutes: number | null;
  /** Or the share of the loop's time it takes ("1/3 thời lượng" = 33), if any (loop.ts). */
  sharePercent: number | null;
}

export interface ScreenPlan {
  screenId: string;
  items: PlannedItem[];
  activeEntryIds: string[];
  emergencyId: string | null;
  /** The next instant at which this plan may change (ISO), or null if nothing changes within the horizon. */
  nextChangeAt: string | null;
}

/** How far ahead the next change is looked for; the server re-plans at least daily anyway. */
export const PLAN_HORIZON_DAYS = 8;

type EntryNow = EntryState;

/** Merges two lists already in priority order. */
function mergeSorted(a: readonly EntryNow[], b: readonly EntryNow[]): EntryNow[] {
  const merged: EntryNow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && byPriority(x, y) <= 0)) {
      merged.push(x as EntryNow);
      i++;
    } else {
      merged.push(y);
      j++;
    }
  }
  return merged;
}

/** Merges two ascending index lists (items for every screen, items for this one) into the base rotation. */
function mergeBase(everywhere: readonly number[], own: readonly number[], itemAt: (index: number) => PlannedItem | undefined): PlannedItem[] {
  const merged: PlannedItem[] = [];
  for (let i = 0, j = 0; i < everywhere.length || j < own.length; ) {
    const a = everywhere[i] ?? Number.POSITIVE_INFINITY;
    const b = own[j] ?? Number.POSITIVE_INFINITY;
    const item = itemAt(a < b ? everywhere[i++]! : own[j++]!);
    if (item) merged.push(item);
  }
  return merged;
}

/** Ids and ISO timestamps are ASCII: code-unit order is the same as a locale's here, and much cheaper. */
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byPriority = (a: EntryNow, b: EntryNow) =>
  b.entry.priority - a.entry.priority || order(a.entry.createdAt, b.entry.createdAt) || order(a.entry.id, b.entry.id);

/** Stamps screens across evaluations, so an entry's `seen` mark never carries over from an earlier one. */
let evaluationStamp = 0;

const assignedTo = (item: EvaluatorContent, screenId: string) => item.screens === 'all' || item.screens.includes(screenId);

/** An item's own days and windows as an entry's weekly rule, one object per timing object (entryState memoises by it). */
const ownRules = new WeakMap<object, PublicScheduleEntry>();
function ownRule(item: EvaluatorContent & { timing: ItemTiming & { weekly: NonNullable<ItemTiming['weekly']> } }): PublicScheduleEntry {
  let entry = ownRules.get(item.timing);
  if (!entry) {
    entry = {
      id: `item:${item.id}`,
      contentIds: [item.id],
      playlistId: null,
      screens: 'all',
      dateFrom: null,
      dateUntil: null,
      rule: { kind: 'weekly', days: item.timing.weekly.days, windows: item.timing.weekly.windows },
      priority: 0,
      mode: 'add',
      durationSeconds: null,
      createdAt: item.createdAt,
    };
    ownRules.set(item.timing, entry);
  }
  return entry;
}
const hasOwnDays = (item: EvaluatorContent): item is Parameters<typeof ownRule>[0] => item.timing?.weekly != null;

/** Evaluates every screen (or the given ones) at one instant. */
export function evaluateSchedule(state: ScheduleState, instant: Date, screenIds?: ReadonlySet<string>): Map<string, ScreenPlan> {
  const zone = horizonClock(instant, (PLAN_HORIZON_DAYS + 1) * DAY_MS, state.timezone);
  const w = zone.toWall(instant.getTime());
  const today = Math.floor(w / DAY_MS);
  const horizon = w + PLAN_HORIZON_DAYS * DAY_MS;

  // Content: what may play today, and when each item's validity next changes.
  const playable = new Set<string>();
  const contentNext = new Map<string, number>();
  for (const item of state.content) {
    const days = playableDays(item);
    if (!days) continue;
    const [from, until] = days;
    if (from <= today && today <= until) playable.add(item.id);
    const next = from > today ? from * DAY_MS : until >= today && Number.isFinite(until) ? (until + 1) * DAY_MS : Number.POSITIVE_INFINITY;
    if (next <= horizon) contentNext.set(item.id, next);
  }
  // Items with their own days and windows: in the base rotation only while one is open; when that next changes.
  const ownClosed = new Set<string>();
  const ownNext = new Map<string, number>();
  for (const item of state.content) {
    if (!hasOwnDays(item) || !playable.has(item.id)) continue;
    const own = entryState(ownRule(item), w, horizon);
    if (!own.active) ownClosed.add(item.id);
    if (own.next <= horizon) ownNext.set(item.id, own.next);
  }
  const playlists = new Map(state.playlists.map((p) => [p.id, p.contentIds] as const));
  const entryItems = (entry: EvaluatorEntry) => (entry.playlistId ? (playlists.get(entry.playlistId) ?? []) : entry.contentIds);

  // Entries: evaluated once each, then indexed by what they target.
  const everywhere: EntryNow[] = [];
  const byScreen = new Map<string, EntryNow[]>();
  const byGroup = new Map<string, EntryNow[]>();
  const push = (map: Map<string, EntryNow[]>, key: string, value: EntryNow) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const entry of state.entries) {
    if (entry.enabled === false) continue;
    const now = entryState(entry, w, horizon);
    // Whether it has anything to play is a property of the entry, not of the screen: decide it once.
    now.playable = now.active && entryItems(entry).some((id) => playable.has(id));
    if (entry.screens === 'all') everywhere.push(now);
    else {
      for (const id of entry.screens.screenIds) push(byScreen, id, now);
      for (const group of entry.screens.groups) push(byGroup, group, now);
    }
  }
  const contentById = new Map(state.content.map((c) => [c.id, c] as const));
  // The base rotation in creation order: items for every screen, and items per screen, merged per screen below.
  const contentOrder = [...state.content]
    .filter((item) => playable.has(item.id) && !ownClosed.has(item.id))
    .sort((a, b) => order(a.createdAt, b.createdAt) || order(a.id, b.id));
  const assignedEverywhere: number[] = [];
  const assignedByScreen = new Map<string, number[]>();
  contentOrder.forEach((item, index) => {
    if (item.screens === 'all') assignedEverywhere.push(index);
    else for (const id of item.screens) (assignedByScreen.get(id) ?? assignedByScreen.set(id, []).get(id))?.push(index);
  });

  // Planned items are shared between screens (and never changed): one per entry item, one per base item.
  const basePlanned = new Map<string, PlannedItem>();
  const basePlan = (contentId: string) => {
    let planned = basePlanned.get(contentId);
    if (!planned) {
      const timing = contentById.get(contentId)?.timing;
      planned = { contentId, entryId: null, durationSeconds: null, everyMinutes: timing?.everyMinutes ?? null, sharePercent: timing?.sharePercent ?? null };
      basePlanned.set(contentId, planned);
    }
    return planned;
  };
  const baseItem = (index: number): PlannedItem | undefined => {
    const item = contentOrder[index];
    return item && basePlan(item.id);
  };

  // Entries for every screen, and entries for a group, are the same for each screen they reach: their earliest
  // boundary and their active list (sorted) are worked out once, then merged with each screen's own entries.
  const summarize = (list: readonly EntryNow[]) => {
    const stamp = ++evaluationStamp;
    let next = Number.POSITIVE_INFINITY;
    const active: EntryNow[] = [];
    for (const e of list) {
      if (e.seen === stamp) continue; // listed twice (a group named twice)
      e.seen = stamp;
      if (e.next < next) next = e.next;
      if (e.active && e.playable) active.push(e);
    }
    return { next, active: active.sort(byPriority) };
  };
  const everywhereSummary = summarize(everywhere);
  const groupSummaries = new Map<string, { next: number; active: EntryNow[] }>();
  for (const [group, list] of byGroup) {
    const summary = summarize(list);
    // The group's active entries merged with everyone's, in priority order.
    groupSummaries.set(group, { next: Math.min(summary.next, everywhereSummary.next), active: mergeSorted(everywhereSummary.active, summary.active) });
  }

  const entryPlanned = new Map<EntryNow, PlannedItem[]>();
  const plannedOf = (e: EntryNow) => {
    let planned = entryPlanned.get(e);
    if (!planned) {
      planned = entryItems(e.entry).map((contentId) => ({
        contentId,
        entryId: e.entry.id,
        durationSeconds: e.entry.durationSeconds,
        everyMinutes: e.entry.everyMinutes ?? null,
        sharePercent: e.entry.sharePercent ?? null,
      }));
      entryPlanned.set(e, planned);
    }
    return planned;
  };
  /** The screen (by stamp) that last took each content id: each item plays once per screen. */
  const takenBy = new Map<string, number>();

  const plans = new Map<string, ScreenPlan>();
  for (const screen of state.screens) {
    if (screenIds && !screenIds.has(screen.id)) continue;
    const stamp = ++evaluationStamp;
    const group = screen.group ? groupSummaries.get(screen.group) : undefined;
    let next = group ? group.next : everywhereSummary.next;
    const ownActive: EntryNow[] = [];
    const own = byScreen.get(screen.id) ?? [];
    for (const e of own) {
      // An entry can reach a screen both by id and by group (counted with the group) or twice by id: count it once.
      if (e.seen === stamp || (group && e.entry.screens !== 'all' && e.entry.screens.groups.includes(screen.group))) continue;
      e.seen = stamp;
      if (e.next < next) next = e.next;
      if (e.active && e.playable) ownActive.push(e);
    }
    const shared = group ? group.active : everywhereSummary.active;
    const active = ownActive.length === 0 ? shared : mergeSorted(shared, ownActive.sort(byPriority));

    const ownItems = assignedByScreen.get(screen.id) ?? [];
    const defaults = screen.defaultPlaylistId ? playlists.get(screen.defaultPlaylistId) : undefined;
    let items: PlannedItem[];
    let playing: EntryNow[];
    if (active.length === 0 && !defaults) {
      // The common case: only the base rotation, no duplicates possible.
      playing = [];
      items = mergeBase(assignedEverywhere, ownItems, baseItem);
    } else {
      items = [];
      const add = (item: PlannedItem) => {
        if (!playable.has(item.contentId) || takenBy.get(item.contentId) === stamp) return;
        takenBy.set(item.contentId, stamp);
        items.push(item);
      };
      const replacing = active.filter((e) => e.entry.mode === 'replace');
      if (replacing.length > 0) {
        const top = replacing[0]?.entry.priority;
        playing = replacing.filter((e) => e.entry.priority === top);
        for (const e of playing) for (const item of plannedOf(e)) add(item);
      } else {
        playing = active.filter((e) => e.entry.mode === 'add');
        for (const e of playing) for (const item of plannedOf(e)) add(item);
        for (const id of defaults ?? []) add(basePlan(id));
        // Base items are playable and distinct already: skip only what entries or the default playlist took.
        for (const item of mergeBase(assignedEverywhere, ownItems, baseItem)) if (takenBy.get(item.contentId) !== stamp) items.push(item);
      }
    }
    const relevant = [everywhere, own, screen.group ? (byGroup.get(screen.group) ?? []) : []];
    // Validity changes of anything this screen could play are boundaries too.
    for (const [contentId, at] of contentNext) {
      if (at < next) {
        const item = contentById.get(contentId);
        const relevantItem =
          (item && assignedTo(item, screen.id)) ||
          relevant.some((list) => list.some((e) => entryItems(e.entry).includes(contentId))) ||
          (screen.defaultPlaylistId !== null && (playlists.get(screen.defaultPlaylistId) ?? []).includes(contentId));
        if (relevantItem) next = at;
      }
    }
    for (const [contentId, at] of ownNext) {
      const item = contentById.get(contentId);
      if (at < next && item && assignedTo(item, screen.id)) next = at;
    }

    let emergencyId: string | null = null;
    let emergencyStart = '';
    for (const notice of state.emergencies ?? []) {
      if (notice.screens !== 'all' && !notice.screens.includes(screen.id)) continue;
      const starts = Date.parse(notice.startedAt);
      const ends = notice.clearedAt ? Math.min(Date.parse(notice.clearedAt), Date.parse(notice.expiresAt)) : Date.parse(notice.expiresAt);
      const t = instant.getTime();
      if (starts <= t && t < ends) {
        // The newest notice wins when two overlap.
        if (notice.startedAt > emergencyStart) {
          emergencyId = notice.id;
          emergencyStart = notice.startedAt;
        }
        const endWall = zone.toWall(ends);
        if (endWall < next) next = endWall;
      } else if (starts > t) {
        const startWall = zone.toWall(starts);
        if (startWall < next) next = startWall;
      }
    }

    plans.set(screen.id, {
      screenId: screen.id,
      items,
      activeEntryIds: playing.map((e) => e.entry.id),
      emergencyId,
      nextChangeAt: Number.isFinite(next) && next <= horizon ? zone.fromWall(next).toISOString() : null,
    });
  }
  return plans;
}

/** One screen's plan at one instant. */
export function planFor(state: ScheduleState, screenId: string, instant: Date): ScreenPlan | null {
  return evaluateSchedule(state, instant, new Set([screenId])).get(screenId) ?? null;
}

export interface TimelineSegment {
  from: string;
  until: string;
  items: PlannedItem[];
  activeEntryIds: string[];
  emergencyId: string | null;
}

const samePlan = (a: TimelineSegment, b: ScreenPlan) =>
  a.emergencyId === b.emergencyId &&
  a.items.length === b.items.length &&
  a.items.every((item, i) => item.contentId === b.items[i]?.contentId && item.entryId === b.items[i]?.entryId);

/** What a screen plays between two instants, as consecutive segments (for the admin week timeline). */
export function screenTimeline(state: ScheduleState, screenId: string, from: Date, until: Date, maxSteps = 2000): TimelineSegment[] {
  const segments: TimelineSegment[] = [];
  let at = from;
  // Bounded by evaluations, not segments: boundaries that change nothing merge into one segment and must not loop on.
  for (let step = 0; at < until && step < maxSteps; step++) {
    const plan = planFor(state, screenId, at);
    if (!plan) break;
    const nextAt = plan.nextChangeAt ? new Date(Math.min(Date.parse(plan.nextChangeAt), until.getTime())) : until;
    const end = nextAt > at ? nextAt : new Date(at.getTime() + MINUTE_MS);
    const last = segments[segments.length - 1];
    if (last && samePlan(last, plan)) last.until = end.toISOString();
    else
      segments.push({
        from: at.toISOString(),
        until: end.toISOString(),
        items: plan.items,
        activeEntryIds: plan.activeEntryIds,
        emergencyId: plan.emergencyId,
      });
    at = end;
  }
  return segments;
}

const CRON_SEARCH_YEARS = 200;

/** The next `count` runs of a cron expression after an instant (for "next five run times" beside an entry). */
export function nextCronRuns(expression: string, after: Date, timeZone: string, count = 5): Date[] {
  const parsed = cachedCron(expression);
  if (!parsed.ok) return [];
  const runs: Date[] = [];
  let w = toWall(after, timeZone);
  while (runs.length < count) {
    // Some expressions run rarely (29 February on a Monday: every 28 years or more), so look far ahead.
    const run = nextCronRun(parsed.spec, w, w + CRON_SEARCH_YEARS * 366 * DAY_MS);
    if (run === null) break;
    runs.push(fromWall(run, timeZone));
    w = run;
  }
  return runs;
}
