import { Cron } from 'croner';

/**
 * Cron expressions for schedule entries, run by croner (a well-kept engine that works in Node and in browsers, so the
 * server, the kiosk and the admin share it) on the school's wall clock.
 *
 * We accept what node-cron 4.6 (the scheduler the server itself uses) accepts: 5 fields (minute hour day-of-month month
 * day-of-week) or 6 with seconds first, `@daily` and friends, names (JAN, MON), lists, steps, ranges — also ranges that
 * wrap ("22-2" hours, "FRI-MON") — `L`, `L-n`, `nW`, `LW`, `5L`, `1#2`, `?`. Rule (node-cron's, and croner's with
 * `domAndDow: true`): **every field must match** — when both day-of-month and day-of-week are restricted, a day must
 * satisfy BOTH (Vixie cron would accept EITHER). The admin states this rule and warns when an expression sets both.
 *
 * Times here are "wall ms": the school's local date and time written as if it were UTC (see wallClock.ts), so croner
 * runs at UTC offset 0. Croner knows no "wrapping" ranges and no `L-n`: the first are expanded into lists before croner
 * sees them, the second runs as a day filter beside croner (see `CronPart`).
 */

/** One croner pattern, optionally kept only on days `lastDayOffsets` away from the month's last day. */
interface CronPart {
  readonly cron: Cron;
  /** `L-n` tokens of the day-of-month field: n for each (the part's own pattern has day-of-month `*`). */
  readonly lastDayOffsets: readonly number[] | null;
}

export interface CronSpec {
  /** A run of any part is a run of the expression. */
  readonly parts: readonly CronPart[];
  /** Both day fields restricted: only days matching both run (see the rule above). */
  readonly setsBothDayFields: boolean;
  /** Unbounded answers per query instant (many entries share an expression and are asked about the same instant). */
  readonly memo: { next: Map<number, number | null>; previous: Map<number, number | null> };
}

export type CronParse = { ok: true; spec: CronSpec } | { ok: false; message: string };

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldRule {
  label: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** Offset added to a name's index (JAN → 1, SUN → 0). */
  nameBase?: number;
  /** Day fields also take `?`, `L`, `W` and `#` forms. */
  day?: 'month' | 'week';
}

const SECONDS: FieldRule = { label: 'giây', min: 0, max: 59 };
const FIELDS: readonly FieldRule[] = [
  { label: 'phút', min: 0, max: 59 },
  { label: 'giờ', min: 0, max: 23 },
  { label: 'ngày trong tháng', min: 1, max: 31, day: 'month' },
  { label: 'tháng', min: 1, max: 12, names: MONTH_NAMES, nameBase: 1 },
  { label: 'thứ trong tuần', min: 0, max: 7, names: DAY_NAMES, nameBase: 0, day: 'week' },
];
const NICKNAMES = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

class CronSyntaxError extends Error {}

function parseValue(raw: string, rule: FieldRule): number {
  const named = rule.names?.indexOf(raw.toUpperCase()) ?? -1;
  if (named >= 0) return named + (rule.nameBase ?? 0);
  if (!/^\d+$/.test(raw)) throw new CronSyntaxError(`"${raw}" không phải là số hợp lệ cho ${rule.label}`);
  const value = Number(raw);
  if (value < rule.min || value > rule.max) {
    throw new CronSyntaxError(`${rule.label} phải từ ${rule.min} đến ${rule.max} (đang là ${value})`);
  }
  return value;
}

/** The day-only forms croner understands as they are: ?, L, LW, nW (day of month); nL, n#k (day of week). */
function isSpecialDayToken(part: string, rule: FieldRule): boolean {
  if (part === '?') return rule.day !== undefined;
  if (rule.day === 'month') return /^(L|LW|\d{1,2}W)$/i.test(part) && (part.length < 2 || !/^\d/.test(part) || Number(part.slice(0, -1)) <= 31);
  if (rule.day === 'week') {
    const nth = /^(\w+)#([1-5])$/i.exec(part);
    if (nth) return parseValue(nth[1] ?? '', rule) >= 0;
    const last = /^(\w+)L$/i.exec(part);
    if (last) return parseValue(last[1] ?? '', rule) >= 0;
  }
  return false;
}

/**
 * Checks one field (Vietnamese messages for the office) and rewrites what croner would refuse: a range that wraps
 * ("22-2") becomes the list it means. `L-n` tokens are taken out and returned apart.
 */
function normaliseField(source: string, rule: FieldRule): { text: string; lastDayOffsets: number[] } {
  const out: string[] = [];
  const lastDayOffsets: number[] = [];
  for (const part of source.split(',')) {
    if (part === '') throw new CronSyntaxError(`Thiếu giá trị trong danh sách của ${rule.label}`);
    const lastMinus = rule.day === 'month' ? /^L-(\d{1,2})$/i.exec(part) : null;
    if (lastMinus) {
      const n = Number(lastMinus[1]);
      if (n < 1 || n > 30) throw new CronSyntaxError(`"${part}": số ngày trước ngày cuối tháng phải từ 1 đến 30`);
      lastDayOffsets.push(n);
      continue;
    }
    if (isSpecialDayToken(part, rule)) {
      out.push(part);
      continue;
    }
    const [range = '', stepText, extra] = part.split('/');
    if (extra !== undefined) throw new CronSyntaxError(`"${part}" có quá nhiều dấu "/"`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) < 1) {
        throw new CronSyntaxError(`Bước nhảy "${stepText}" của ${rule.label} phải là số nguyên dương`);
      }
      step = Number(stepText);
    }
    if (range === '*') {
      out.push(part);
      continue;
    }
    const [a = '', b, more] = range.split('-');
    if (more !== undefined) throw new CronSyntaxError(`Khoảng "${range}" không hợp lệ`);
    const from = parseValue(a, rule);
    if (b === undefined) {
      // "5/15" = from 5 to the end, every 15 (node-cron's reading; croner wants it spelled as a range).
      out.push(stepText === undefined ? String(from) : `${from}-${rule.max}/${step}`);
      continue;
    }
    const to = parseValue(b, rule);
    if (from <= to) {
      out.push(`${from}-${to}${stepText === undefined ? '' : `/${step}`}`);
      continue;
    }
    // A range that wraps past the field's end (node-cron accepts "22-2" hours, "FRI-MON"): list what it means.
    const span = rule.max - rule.min + 1;
    const values: number[] = [];
    for (let offset = 0; offset <= to + span - from; offset += step) values.push(((from - rule.min + offset) % span) + rule.min);
    out.push(values.join(','));
  }
  return { text: out.join(','), lastDayOffsets };
}

const isRestricted = (field: string) => field !== '*' && field !== '?' && field !== '*/1';

function newCron(pattern: string): Cron {
  return new Cron(pattern, { utcOffset: 0, domAndDow: true, paused: true, mode: '5-or-6-parts' });
}

/** Parses an expression; errors are Vietnamese sentences for the office. */
export function parseCron(expression: string): CronParse {
  const trimmed = expression.trim();
  try {
    if (trimmed.startsWith('@')) {
      if (!NICKNAMES.has(trimmed.toLowerCase())) throw new CronSyntaxError(`"${trimmed}" không phải là tên lịch hợp lệ (@daily, @weekly, @monthly, @yearly, @hourly)`);
      return { ok: true, spec: makeSpec([{ cron: newCron(trimmed.toLowerCase()), lastDayOffsets: null }], false) };
    }
    const fields = trimmed === '' ? [] : trimmed.split(/\s+/);
    if (fields.length !== 5 && fields.length !== 6) {
      throw new CronSyntaxError(
        `Biểu thức cron cần 5 trường (phút giờ ngày tháng thứ; thêm trường giây ở đầu nếu cần), ví dụ "0 7 * * 1-5"; đang có ${fields.length}`,
      );
    }
    const rules = fields.length === 6 ? [SECONDS, ...FIELDS] : FIELDS;
    const normalised = fields.map((field, i) => normaliseField(field, rules[i] as FieldRule));
    const domIndex = fields.length - 3;
    const dom = normalised[domIndex] as { text: string; lastDayOffsets: number[] };
    const dow = fields[fields.length - 1] ?? '*';
    const setsBothDayFields = isRestricted(fields[domIndex] ?? '*') && isRestricted(dow);
    const patternWith = (domText: string) => normalised.map((f, i) => (i === domIndex ? domText : f.text)).join(' ');
    const parts: CronPart[] = [];
    if (dom.text !== '') parts.push({ cron: newCron(patternWith(dom.text)), lastDayOffsets: null });
    if (dom.lastDayOffsets.length > 0) parts.push({ cron: newCron(patternWith('*')), lastDayOffsets: dom.lastDayOffsets });
    return { ok: true, spec: makeSpec(parts, setsBothDayFields) };
  } catch (error) {
    if (error instanceof CronSyntaxError) return { ok: false, message: error.message };
    if (error instanceof Error) return { ok: false, message: `Biểu thức cron không hợp lệ (${error.message})` };
    throw error;
  }
}

const makeSpec = (parts: CronPart[], setsBothDayFields: boolean): CronSpec => ({
  parts,
  setsBothDayFields,
  memo: { next: new Map(), previous: new Map() },
});

const specCache = new Map<string, CronParse>();
/** Parses once per distinct expression (a schedule evaluation may meet the same expression thousands of times). */
export function cachedCron(expression: string): CronParse {
  let found = specCache.get(expression);
  if (!found) {
    if (specCache.size > 5000) specCache.clear();
    found = parseCron(expression);
    specCache.set(expression, found);
  }
  return found;
}

const DAY_MS = 86_400_000;
/** How many days a `L-n` part skips at most while looking for its day (a day-of-week may make it rare). */
const L_MINUS_SEARCH_DAYS = 366 * 30;

function onLastDayOffset(run: Date, offsets: readonly number[]): boolean {
  const lastDay = new Date(Date.UTC(run.getUTCFullYear(), run.getUTCMonth() + 1, 0)).getUTCDate();
  return offsets.includes(lastDay - run.getUTCDate());
}

/** A part's first run strictly after `after` (wall ms), unbounded. */
function partNext(part: CronPart, after: number): number | null {
  const offsets = part.lastDayOffsets;
  let from = after;
  for (let hops = 0; hops < L_MINUS_SEARCH_DAYS; hops++) {
    const run = part.cron.nextRun(new Date(from));
    if (!run) return null;
    if (!offsets || onLastDayOffset(run, offsets)) return run.getTime();
    from = Math.floor(run.getTime() / DAY_MS + 1) * DAY_MS - 1; // the next day
  }
  return null;
}

/** A part's latest run at or before `atOrBefore` (wall ms), unbounded. */
function partPrevious(part: CronPart, atOrBefore: number): number | null {
  const offsets = part.lastDayOffsets;
  let before = atOrBefore + 1;
  for (let hops = 0; hops < L_MINUS_SEARCH_DAYS; hops++) {
    const [run] = part.cron.previousRuns(1, new Date(before));
    if (!run) return null;
    if (!offsets || onLastDayOffset(run, offsets)) return run.getTime();
    before = Math.floor(run.getTime() / DAY_MS) * DAY_MS; // the day before
  }
  return null;
}

function remembered(memo: Map<number, number | null>, key: number, compute: () => number | null): number | null {
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size > 256) memo.clear();
  const value = compute();
  memo.set(key, value);
  return value;
}

/** The first run strictly after `after` and not later than `limit` (wall ms), or null. */
export function nextCronRun(spec: CronSpec, after: number, limit: number): number | null {
  const run = remembered(spec.memo.next, after, () => {
    let best: number | null = null;
    for (const part of spec.parts) {
      const run = partNext(part, after);
      if (run !== null && (best === null || run < best)) best = run;
    }
    return best;
  });
  return run !== null && run <= limit ? run : null;
}

/** The latest run at or before `atOrBefore` and not earlier than `limit` (wall ms), or null. */
export function previousCronRun(spec: CronSpec, atOrBefore: number, limit: number): number | null {
  const run = remembered(spec.memo.previous, atOrBefore, () => {
    let best: number | null = null;
    for (const part of spec.parts) {
      const run = partPrevious(part, atOrBefore);
      if (run !== null && (best === null || run > best)) best = run;
    }
    return best;
  });
  return run !== null && run >= limit ? run : null;
}
