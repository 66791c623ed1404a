import type { ContentStatus } from '../schemas/content.ts';
import type { ItemTiming, PublicScheduleEntry } from '../schemas/schedule.ts';
import { cachedCron, nextCronRun } from './cron.ts';
import { contentIndexOf } from './contentIndex.ts';
import { entryIndexAt, ownRanks } from './entryIndex.ts';
import { entryState } from './entryState.ts';
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

/** Merges two ascending lists of entry ranks (so, both in priority order: entryIndex.ts). */
function mergeRanks(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(a[i]! < b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/** Open entries with something to play (ranks, in priority order), and the earliest boundary of all the entries. */
interface EntrySummary {
  next: number;
  active: readonly number[];
}

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

  // Content: what may play today (per distinct id), and when each item's validity next changes.
  const content = contentIndexOf(state.content);
  const { slotOf, planned: basePlanned } = content;
  const playable = new Uint8Array(basePlanned.length);
  const contentNext = new Map<string, number>();
  state.content.forEach((item, i) => {
    const from = content.first[i]!;
    const until = content.last[i]!;
    if (Number.isNaN(from)) return; // never plays (not approved)
    if (from <= today && today <= until) playable[content.slot[i]!] = 1;
    const next = from > today ? from * DAY_MS : until >= today && Number.isFinite(until) ? (until + 1) * DAY_MS : Number.POSITIVE_INFINITY;
    if (next <= horizon) contentNext.set(item.id, next);
  });
  const isPlayable = (contentId: string) => {
    const slot = slotOf.get(contentId);
    return slot !== undefined && playable[slot] === 1;
  };
  // Items with their own days and windows: in the base rotation only while one is open; when that next changes.
  const closed = new Uint8Array(basePlanned.length);
  const ownNext = new Map<string, number>();
  for (const i of content.withOwnDays) {
    const item = state.content[i]!;
    if (!hasOwnDays(item) || !playable[content.slot[i]!]) continue;
    const own = entryState(ownRule(item), w, horizon);
    if (!own.active) closed[content.slot[i]!] = 1;
    if (own.next <= horizon) ownNext.set(item.id, own.next);
  }
  const playlists = new Map(state.playlists.map((p) => [p.id, p.contentIds] as const));
  const entryItems = (entry: EvaluatorEntry) => (entry.playlistId ? (playlists.get(entry.playlistId) ?? []) : entry.contentIds);

  // Entries: each one's state (remembered until its next boundary), then whether an open one has anything to play —
  // a property of the entry, not of the screen: decided once.
  const index = entryIndexAt(state.entries, w, horizon);
  const { entries, next: entryNext } = index;
  const on = new Uint8Array(entries.length);
  for (let rank = 0; rank < entries.length; rank++) if (index.active[rank] && entryItems(entries[rank]!).some(isPlayable)) on[rank] = 1;

  // Entries for every screen, and entries for a group, are the same for each screen they reach: their earliest
  // boundary and their active list are worked out once, then merged with each screen's own entries.
  const summarize = (ranks: readonly number[]): EntrySummary => {
    let next = Number.POSITIVE_INFINITY;
    const active: number[] = [];
    for (const rank of ranks) {
      if (entryNext[rank]! < next) next = entryNext[rank]!;
      if (on[rank]) active.push(rank);
    }
    return { next, active };
  };
  const everywhereSummary = summarize(index.everywhere);
  const groupSummaries = new Map<string, EntrySummary>();
  const groupSummary = (group: string) => {
    const known = groupSummaries.get(group);
    const ranks = known ? undefined : index.byGroup.get(group);
    if (!ranks) return known;
    const own = summarize(ranks);
    // The group's active entries merged with everyone's, in priority order.
    const summary = { next: Math.min(own.next, everywhereSummary.next), active: mergeRanks(everywhereSummary.active, own.active) };
    groupSummaries.set(group, summary);
    return summary;
  };

  // The base rotation in creation order: items for every screen (playable, open) once, each screen's own below.
  const inBase = (k: number) => {
    const slot = content.slot[content.sorted[k]!]!;
    return playable[slot] === 1 && closed[slot] === 0;
  };
  const baseEverywhere = content.everywhere.filter(inBase);
  /** The screen (by stamp) that last took each content id: each item plays once per screen. */
  const taken = new Int32Array(basePlanned.length);
  /** Appends the base rotation (everyone's and the screen's own, in order) less what `taken` marks with `skip`. */
  const appendBase = (items: PlannedItem[], own: readonly number[], skip: number) => {
    const push = (k: number) => {
      const slot = content.slot[content.sorted[k]!]!;
      if (taken[slot] !== skip) items.push(basePlanned[slot]!);
    };
    let i = 0;
    for (const k of own) {
      if (!inBase(k)) continue;
      while (i < baseEverywhere.length && baseEverywhere[i]! < k) push(baseEverywhere[i++]!);
      push(k);
    }
    while (i < baseEverywhere.length) push(baseEverywhere[i++]!);
  };

  // Planned items are shared between screens (and never changed): one per entry item, one per base item.
  const entryPlanned: (PlannedItem[] | undefined)[] = [];
  const plannedOf = (rank: number) => {
    const entry = entries[rank]!;
    return (entryPlanned[rank] ??= entryItems(entry).map((contentId) => ({
      contentId,
      entryId: entry.id,
      durationSeconds: entry.durationSeconds,
      everyMinutes: entry.everyMinutes ?? null,
      sharePercent: entry.sharePercent ?? null,
    })));
  };
  let stamp = 0;

  const plans = new Map<string, ScreenPlan>();
  for (const screen of state.screens) {
    if (screenIds && !screenIds.has(screen.id)) continue;
    stamp++;
    const group = screen.group ? groupSummary(screen.group) : undefined;
    const shared = group ?? everywhereSummary;
    let next = shared.next;
    // An entry can reach a screen both by id and by group (counted with the group) or twice by id: counted once.
    let ownActive: number[] | undefined;
    for (const rank of ownRanks(index, screen.id, group ? screen.group : '')) {
      if (entryNext[rank]! < next) next = entryNext[rank]!;
      if (on[rank]) (ownActive ??= []).push(rank);
    }
    const active = ownActive ? mergeRanks(shared.active, ownActive) : shared.active;

    const ownItems = content.byScreen.get(screen.id) ?? [];
    const defaults = screen.defaultPlaylistId ? playlists.get(screen.defaultPlaylistId) : undefined;
    const items: PlannedItem[] = [];
    let playing: readonly number[];
    if (active.length === 0 && !defaults) {
      // The common case: only the base rotation, no duplicates possible.
      playing = [];
      appendBase(items, ownItems, -1);
    } else {
      const add = (item: PlannedItem) => {
        const slot = slotOf.get(item.contentId);
        if (slot === undefined || !playable[slot] || taken[slot] === stamp) return;
        taken[slot] = stamp;
        items.push(item);
      };
      const replacing = active.filter((rank) => entries[rank]!.mode === 'replace');
      if (replacing.length > 0) {
        const top = entries[replacing[0]!]!.priority;
        playing = replacing.filter((rank) => entries[rank]!.priority === top);
        for (const rank of playing) for (const item of plannedOf(rank)) add(item);
      } else {
        playing = active.filter((rank) => entries[rank]!.mode === 'add');
        for (const rank of playing) for (const item of plannedOf(rank)) add(item);
        for (const id of defaults ?? []) {
          const slot = slotOf.get(id);
          if (slot !== undefined) add(basePlanned[slot]!);
        }
        // Base items are playable and distinct already: skip only what entries or the default playlist took.
        appendBase(items, ownItems, stamp);
      }
    }
    const relevant = [index.everywhere, index.byScreen.get(screen.id) ?? [], screen.group ? (index.byGroup.get(screen.group) ?? []) : []];
    // Validity changes of anything this screen could play are boundaries too.
    for (const [contentId, at] of contentNext) {
      if (at < next) {
        const item = content.byId.get(contentId);
        const relevantItem =
          (item && assignedTo(item, screen.id)) ||
          relevant.some((ranks) => ranks.some((rank) => entryItems(entries[rank]!).includes(contentId))) ||
          (screen.defaultPlaylistId !== null && (playlists.get(screen.defaultPlaylistId) ?? []).includes(contentId));
        if (relevantItem) next = at;
      }
    }
    for (const [contentId, at] of ownNext) {
      const item = content.byId.get(contentId);
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
      activeEntryIds: playing.map((rank) => entries[rank]!.id),
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
