import type { PublicScheduleEntry } from '../schemas/schedule.ts';
import { cachedCron, nextCronRun, previousCronRun, type CronSpec } from './cron.ts';
import { DAY_MS, MINUTE_MS, dayNumber, minutesOf, weekdayOfDay } from './wallClock.ts';

/** Whether an entry's rule is open at a wall instant, and the next wall instant at which that may change. */
export interface EntryState {
  active: boolean;
  /** Next boundary in wall ms, or Infinity (none within the horizon). */
  next: number;
  /** The answer holds for wall instants in [holdsFrom, holdsUntil) — empty when it must be worked out again. */
  holdsFrom: number;
  holdsUntil: number;
}

/**
 * What an entry's rule means, worked out once per entry object (dates as day numbers, weekdays as a mask, windows as
 * offsets, the parsed cron expression), plus the last answer and the span of wall time it holds for. Entries are never
 * changed in place (the server reads a new copy after each save and keeps one object per id@version; the kiosk and
 * the admin build new objects), so an entry object is a safe key.
 */
interface CompiledRule {
  first: number;
  last: number;
  dayMask: number;
  /** Weekly: [offset from midnight, length] pairs, flat. */
  windows: number[];
  cron: CronSpec | null;
  /** Cron: how long each run stays on air. */
  length: number;
  /** The entry's one state record, the last answer, overwritten by each call (callers read it at once). */
  state: EntryState;
}

const compiled = new WeakMap<PublicScheduleEntry, CompiledRule>();
const WHOLE_DAY: readonly { start: string; end: string }[] = [{ start: '00:00', end: '24:00' }];
/** How many overlapping runs one evaluation follows to find where an active cron window really ends. */
const CRON_EXTEND_STEPS = 60;

function compile(entry: PublicScheduleEntry): CompiledRule {
  const rule: CompiledRule = {
    first: entry.dateFrom ? dayNumber(entry.dateFrom) : Number.NEGATIVE_INFINITY,
    last: entry.dateUntil ? dayNumber(entry.dateUntil) : Number.POSITIVE_INFINITY,
    dayMask: 0,
    windows: [],
    cron: null,
    length: 0,
    state: { active: false, next: Number.POSITIVE_INFINITY, holdsFrom: Number.POSITIVE_INFINITY, holdsUntil: Number.NEGATIVE_INFINITY },
  };
  if (entry.rule.kind === 'weekly') {
    for (const d of entry.rule.days) rule.dayMask |= 1 << d;
    for (const win of entry.rule.windows.length ? entry.rule.windows : WHOLE_DAY) {
      const startMinute = minutesOf(win.start);
      const endMinute = minutesOf(win.end);
      rule.windows.push(startMinute * MINUTE_MS, (endMinute > startMinute ? endMinute - startMinute : endMinute + 1440 - startMinute) * MINUTE_MS);
    }
  } else {
    const parsed = cachedCron(entry.rule.expression);
    rule.cron = parsed.ok ? parsed.spec : null;
    rule.length = entry.rule.durationMinutes * MINUTE_MS;
  }
  return rule;
}

/** Weekly rule at wall time `w`. A window crossing midnight belongs to the day it starts. */
function weeklyState(rule: CompiledRule, w: number, horizon: number): { active: boolean; next: number } {
  const today = Math.floor(w / DAY_MS);
  let active = false;
  let next = Number.POSITIVE_INFINITY;
  const lastDay = Math.min(rule.last, Math.floor(horizon / DAY_MS));
  for (let day = Math.max(rule.first, today - 1); day <= lastDay; day++) {
    const dayStart = day * DAY_MS;
    // Boundaries are only ever later than the days already seen; stop once past the best candidate.
    if (dayStart > next) break;
    if ((rule.dayMask & (1 << weekdayOfDay(day))) === 0) continue;
    for (let i = 0; i < rule.windows.length; i += 2) {
      const start = dayStart + rule.windows[i]!;
      const end = start + rule.windows[i + 1]!;
      if (start <= w && w < end) active = true;
      if (start > w && start < next) next = start;
      if (end > w && end < next) next = end;
    }
  }
  return { active, next };
}

/** Cron rule at wall time `w`: active within `length` of a run; `exact` = the answer holds until `next`. */
function cronState(rule: CompiledRule, spec: CronSpec, w: number, horizon: number): { active: boolean; next: number; exact: boolean } {
  const { first, last, length } = rule;
  const firstWall = Number.isFinite(first) ? first * DAY_MS : Number.NEGATIVE_INFINITY;
  const afterLast = Number.isFinite(last) ? (last + 1) * DAY_MS : Number.POSITIVE_INFINITY;
  // The latest run that could still be open: at most `length` ago, on a day inside the range.
  const latestStart = Math.min(w, afterLast - 1);
  const previous = previousCronRun(spec, latestStart, Math.max(w - length + 1, firstWall));
  const lastStart = Math.min(horizon, afterLast - 1);
  if (previous !== null && w < previous + length) {
    // Active: it ends when no later run reopens it first. Runs that start before the end extend it (so `* * * * *`
    // for 1 minute is one continuous window, not a boundary every minute); bounded, the next evaluation goes on.
    let end = previous + length;
    let from = w;
    for (let step = 0; step < CRON_EXTEND_STEPS; step++) {
      const run = nextCronRun(spec, from, Math.min(end, lastStart));
      if (run === null) return { active: true, next: end, exact: end <= lastStart };
      end = Math.max(end, run + length);
      from = run;
    }
    return { active: true, next: end, exact: false };
  }
  const upcoming = nextCronRun(spec, Math.max(w, firstWall - 1), lastStart);
  return { active: false, next: upcoming ?? Number.POSITIVE_INFINITY, exact: true };
}

/**
 * An entry's state at wall time `w`, looking ahead to `horizon`. Between two evaluations nothing about an entry changes
 * before its next boundary, so an answer with a boundary inside the horizon is kept and reused for any later instant
 * before that boundary (the server re-evaluates the same entries at every change; most have not reached theirs).
 */
export function entryState(entry: PublicScheduleEntry, w: number, horizon: number): EntryState {
  let rule = compiled.get(entry);
  if (!rule) {
    rule = compile(entry);
    compiled.set(entry, rule);
  }
  const state = rule.state;
  if (state.holdsFrom <= w && w < state.holdsUntil) return state;
  let exact = true;
  if (entry.rule.kind === 'weekly') ({ active: state.active, next: state.next } = weeklyState(rule, w, horizon));
  else if (rule.cron) ({ active: state.active, next: state.next, exact } = cronState(rule, rule.cron, w, horizon));
  else ({ active: state.active, next: state.next } = { active: false, next: Number.POSITIVE_INFINITY });
  if (exact && Number.isFinite(state.next)) {
    state.holdsFrom = w;
    state.holdsUntil = state.next;
  } else {
    state.holdsFrom = Number.POSITIVE_INFINITY;
    state.holdsUntil = Number.NEGATIVE_INFINITY;
  }
  return state;
}
