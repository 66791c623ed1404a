import { playableDays } from '../content/onAir.ts';
import type { ContentStatus } from '../schemas/content.ts';
import type { PublicScheduleEntry } from '../schemas/schedule.ts';
import { cachedCron, nextCronRun, previousCronRun } from './cron.ts';
import { DAY_MS, MINUTE_MS, dayNumber, fromWall, horizonClock, minutesOf, toWall, weekdayOfDay } from './wallClock.ts';

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
 *    its default playlist, then content assigned to it directly. Each item plays once.
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

interface EntryNow {
  entry: EvaluatorEntry;
  active: boolean;
  /** Set for active entries: has at least one item that may play today. */
  playable?: boolean;
  /** The last screen (by evaluation order) that counted this entry, so an entry reaching it twice counts once. */
  seen?: number;
  /** Next boundary in wall ms, or Infinity. */
  next: number;
}

function dateRange(entry: EvaluatorEntry): [number, number] {
  return [
    entry.dateFrom ? dayNumber(entry.dateFrom) : Number.NEGATIVE_INFINITY,
    entry.dateUntil ? dayNumber(entry.dateUntil) : Number.POSITIVE_INFINITY,
  ];
}

const WHOLE_DAY: readonly { start: string; end: string }[] = [{ start: '00:00', end: '24:00' }];

/** Activity and next boundary of a weekly entry at wall time `w`. */
function weeklyNow(entry: EvaluatorEntry & { rule: { kind: 'weekly' } }, w: number, horizon: number): EntryNow {
  const [first, last] = dateRange(entry);
  const today = Math.floor(w / DAY_MS);
  let dayMask = 0;
  for (const d of entry.rule.days) dayMask |= 1 << d;
  // Offsets from midnight and lengths, parsed once (not once per day looked at).
  const windows = (entry.rule.windows.length ? entry.rule.windows : WHOLE_DAY).map((win) => {
    const startMinute = minutesOf(win.start);
    const endMinute = minutesOf(win.end);
    return [startMinute * MINUTE_MS, (endMinute > startMinute ? endMinute - startMinute : endMinute + 1440 - startMinute) * MINUTE_MS] as const;
  });
  let active = false;
  let next = Number.POSITIVE_INFINITY;
  const lastDay = Math.min(last, Math.floor(horizon / DAY_MS));
  for (let day = Math.max(first, today - 1); day <= lastDay; day++) {
    const dayStart = day * DAY_MS;
    // Boundaries are only ever later than the days already seen; stop once past the best candidate.
    if (dayStart > next) break;
    if ((dayMask & (1 << weekdayOfDay(day))) === 0) continue;
    for (const [offset, length] of windows) {
      const start = dayStart + offset;
      const end = start + length;
      if (start <= w && w < end) active = true;
      if (start > w && start < next) next = start;
      if (end > w && end < next) next = end;
    }
  }
  return { entry, active, next };
}

/** How many overlapping runs one evaluation follows to find where an active cron window really ends. */
const CRON_EXTEND_STEPS = 60;

function cronNow(entry: EvaluatorEntry & { rule: { kind: 'cron' } }, w: number, horizon: number): EntryNow {
  const parsed = cachedCron(entry.rule.expression);
  if (!parsed.ok) return { entry, active: false, next: Number.POSITIVE_INFINITY };
  const [first, last] = dateRange(entry);
  const length = entry.rule.durationMinutes * MINUTE_MS;
  const firstWall = Number.isFinite(first) ? first * DAY_MS : Number.NEGATIVE_INFINITY;
  const afterLast = Number.isFinite(last) ? (last + 1) * DAY_MS : Number.POSITIVE_INFINITY;
  // The latest run that could still be open: at most `length` ago, on a day inside the range.
  const latestStart = Math.min(w, afterLast - 1);
  const previous = previousCronRun(parsed.spec, latestStart, Math.max(w - length + 1, firstWall));
  const lastStart = Math.min(horizon, afterLast - 1);
  if (previous !== null && w < previous + length) {
    // Active: it ends when no later run reopens it first. Runs that start before the end extend it (so `* * * * *`
    // for 1 minute is one continuous window, not a boundary every minute); bounded, the next evaluation goes on.
    let end = previous + length;
    let from = w;
    for (let step = 0; step < CRON_EXTEND_STEPS; step++) {
      const run = nextCronRun(parsed.spec, from, Math.min(end, lastStart));
      if (run === null) break;
      end = Math.max(end, run + length);
      from = run;
    }
    return { entry, active: true, next: end };
  }
  const upcoming = nextCronRun(parsed.spec, Math.max(w, firstWall - 1), lastStart);
  return { entry, active: false, next: upcoming ?? Number.POSITIVE_INFINITY };
}

function entryNow(entry: EvaluatorEntry, w: number, horizon: number): EntryNow {
  if (entry.enabled === false) return { entry, active: false, next: Number.POSITIVE_INFINITY };
  return entry.rule.kind === 'weekly'
    ? weeklyNow(entry as EvaluatorEntry & { rule: { kind: 'weekly' } }, w, horizon)
    : cronNow(entry as EvaluatorEntry & { rule: { kind: 'cron' } }, w, horizon);
}

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

const byPriority = (a: EntryNow, b: EntryNow) =>
  b.entry.priority - a.entry.priority || a.entry.createdAt.localeCompare(b.entry.createdAt) || a.entry.id.localeCompare(b.entry.id);

const assignedTo = (item: EvaluatorContent, screenId: string) => item.screens === 'all' || item.screens.includes(screenId);

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
    const now = entryNow(entry, w, horizon);
    if (now.active) {
      // Whether it has anything to play is a property of the entry, not of the screen: decide it once.
      now.playable = entryItems(entry).some((id) => playable.has(id));
    }
    if (entry.screens === 'all') everywhere.push(now);
    else {
      for (const id of entry.screens.screenIds) push(byScreen, id, now);
      for (const group of entry.screens.groups) push(byGroup, group, now);
    }
  }
  const contentById = new Map(state.content.map((c) => [c.id, c] as const));
  // The base rotation in creation order: items for every screen, and items per screen, merged per screen below.
  const contentOrder = [...state.content]
    .filter((item) => playable.has(item.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const assignedEverywhere: number[] = [];
  const assignedByScreen = new Map<string, number[]>();
  contentOrder.forEach((item, index) => {
    if (item.screens === 'all') assignedEverywhere.push(index);
    else for (const id of item.screens) (assignedByScreen.get(id) ?? assignedByScreen.set(id, []).get(id))?.push(index);
  });

  const baseItems = new Map<number, PlannedItem>();
  const baseItem = (index: number): PlannedItem | undefined => {
    let found = baseItems.get(index);
    const item = contentOrder[index];
    if (!found && item) {
      found = { contentId: item.id, entryId: null, durationSeconds: null };
      baseItems.set(index, found);
    }
    return found;
  };

  // Entries for every screen are the same for each screen: their earliest boundary and their active list (sorted)
  // are worked out once, then merged with each screen's own entries.
  let everywhereNext = Number.POSITIVE_INFINITY;
  const everywhereActive: EntryNow[] = [];
  for (const e of everywhere) {
    if (e.next < everywhereNext) everywhereNext = e.next;
    if (e.active && e.playable) everywhereActive.push(e);
  }
  everywhereActive.sort(byPriority);

  const plans = new Map<string, ScreenPlan>();
  let stamp = 0;
  for (const screen of state.screens) {
    if (screenIds && !screenIds.has(screen.id)) continue;
    stamp += 1;
    let next = everywhereNext;
    const ownActive: EntryNow[] = [];
    const relevant: EntryNow[][] = [everywhere, byScreen.get(screen.id) ?? [], screen.group ? (byGroup.get(screen.group) ?? []) : []];
    for (const list of relevant.slice(1)) {
      for (const e of list) {
        // An entry can reach a screen both by id and by group: count it once.
        if (e.seen === stamp) continue;
        e.seen = stamp;
        if (e.next < next) next = e.next;
        if (e.active && e.playable) ownActive.push(e);
      }
    }
    const active = ownActive.length === 0 ? everywhereActive : mergeSorted(everywhereActive, ownActive.sort(byPriority));

    const own = assignedByScreen.get(screen.id) ?? [];
    const defaults = screen.defaultPlaylistId ? playlists.get(screen.defaultPlaylistId) : undefined;
    let items: PlannedItem[];
    let playing: EntryNow[];
    if (active.length === 0 && !defaults) {
      // The common case: only the base rotation, no duplicates possible; the planned items are shared between screens.
      playing = [];
      items = mergeBase(assignedEverywhere, own, baseItem);
    } else {
      items = [];
      const taken = new Set<string>();
      const add = (contentId: string, entryId: string | null, durationSeconds: number | null) => {
        if (!playable.has(contentId) || taken.has(contentId)) return;
        taken.add(contentId);
        items.push({ contentId, entryId, durationSeconds });
      };
      const replacing = active.filter((e) => e.entry.mode === 'replace');
      if (replacing.length > 0) {
        const top = replacing[0]?.entry.priority;
        playing = replacing.filter((e) => e.entry.priority === top);
        for (const e of playing) for (const id of entryItems(e.entry)) add(id, e.entry.id, e.entry.durationSeconds);
      } else {
        playing = active.filter((e) => e.entry.mode === 'add');
        for (const e of playing) for (const id of entryItems(e.entry)) add(id, e.entry.id, e.entry.durationSeconds);
        for (const id of defaults ?? []) add(id, null, null);
        for (const item of mergeBase(assignedEverywhere, own, baseItem)) add(item.contentId, null, null);
      }
    }
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
