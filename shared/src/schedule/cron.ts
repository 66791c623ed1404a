/**
 * A small, pure cron engine for schedule entries (5 fields: minute hour day-of-month month day-of-week), evaluated
 * on the school's wall clock. Rule (the same as node-cron, which runs our server jobs): **every field must match**
 * — when both day-of-month and day-of-week are restricted, a day must satisfy BOTH (Vixie cron and croner's
 * default would accept EITHER). The admin states this rule and warns when an expression sets both.
 *
 * Times here are "wall ms": the school's local date and time written as if it were UTC (see wallClock.ts).
 */

export interface CronSpec {
  readonly minutes: readonly boolean[];
  readonly hours: readonly boolean[];
  /** Index 1…31. */
  readonly days: readonly boolean[];
  /** Index 1…12. */
  readonly months: readonly boolean[];
  /** ISO weekdays, index 1 = Monday … 7 = Sunday. */
  readonly weekdays: readonly boolean[];
  /** Both day fields restricted: only days matching both run (see the rule above). */
  readonly setsBothDayFields: boolean;
}

export type CronParse = { ok: true; spec: CronSpec } | { ok: false; message: string };

const MINUTE = 60_000;
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldRule {
  label: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** Offset added to a name's index (JAN → 1, SUN → 0). */
  nameBase?: number;
}

const FIELDS: readonly FieldRule[] = [
  { label: 'phút', min: 0, max: 59 },
  { label: 'giờ', min: 0, max: 23 },
  { label: 'ngày trong tháng', min: 1, max: 31 },
  { label: 'tháng', min: 1, max: 12, names: MONTH_NAMES, nameBase: 1 },
  { label: 'thứ trong tuần', min: 0, max: 7, names: DAY_NAMES, nameBase: 0 },
];

class CronSyntaxError extends Error {}

function parseValue(raw: string, rule: FieldRule): number {
  const upper = raw.toUpperCase();
  const named = rule.names?.indexOf(upper) ?? -1;
  if (named >= 0) return named + (rule.nameBase ?? 0);
  if (!/^\d+$/.test(raw)) throw new CronSyntaxError(`"${raw}" không phải là số hợp lệ cho ${rule.label}`);
  const value = Number(raw);
  if (value < rule.min || value > rule.max) {
    throw new CronSyntaxError(`${rule.label} phải từ ${rule.min} đến ${rule.max} (đang là ${value})`);
  }
  return value;
}

/** Expands one field into the set of values it allows; `restricted` is false only for a bare "*" (or "*\/1"). */
function parseField(source: string, rule: FieldRule): { allowed: boolean[]; restricted: boolean } {
  const allowed = new Array<boolean>(rule.max + 1).fill(false);
  let restricted = true;
  for (const part of source.split(',')) {
    if (part === '') throw new CronSyntaxError(`Thiếu giá trị trong danh sách của ${rule.label}`);
    const [range = '', stepText, extra] = part.split('/');
    if (extra !== undefined) throw new CronSyntaxError(`"${part}" có quá nhiều dấu "/"`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) < 1) {
        throw new CronSyntaxError(`Bước nhảy "${stepText}" của ${rule.label} phải là số nguyên dương`);
      }
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (range === '*') {
      from = rule.min;
      to = rule.max;
      if (step === 1 && source === part) restricted = false;
    } else if (range.includes('-')) {
      const [a = '', b = '', more] = range.split('-');
      if (more !== undefined) throw new CronSyntaxError(`Khoảng "${range}" không hợp lệ`);
      from = parseValue(a, rule);
      to = parseValue(b, rule);
      if (from > to) throw new CronSyntaxError(`Khoảng ${rule.label} "${range}" phải đi từ nhỏ đến lớn`);
    } else {
      from = parseValue(range, rule);
      to = stepText === undefined ? from : rule.max;
    }
    for (let v = from; v <= to; v += step) allowed[v] = true;
  }
  return { allowed, restricted };
}

/** Parses a 5-field expression; errors are Vietnamese sentences for the office. */
export function parseCron(expression: string): CronParse {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5 || fields[0] === '') {
    return {
      ok: false,
      message: `Biểu thức cron cần đúng 5 trường (phút giờ ngày tháng thứ), ví dụ "0 7 * * 1-5"; đang có ${fields[0] === '' ? 0 : fields.length}`,
    };
  }
  try {
    const [minutes, hours, days, months, weekdaysRaw] = fields.map((f, i) => parseField(f, FIELDS[i] as FieldRule)) as [
      ReturnType<typeof parseField>,
      ReturnType<typeof parseField>,
      ReturnType<typeof parseField>,
      ReturnType<typeof parseField>,
      ReturnType<typeof parseField>,
    ];
    // Cron counts Sunday as 0 or 7; we index ISO weekdays 1 (Monday) … 7 (Sunday).
    const weekdays = new Array<boolean>(8).fill(false);
    for (let d = 1; d <= 6; d++) weekdays[d] = weekdaysRaw.allowed[d] ?? false;
    weekdays[7] = (weekdaysRaw.allowed[0] ?? false) || (weekdaysRaw.allowed[7] ?? false);
    return {
      ok: true,
      spec: {
        minutes: minutes.allowed,
        hours: hours.allowed,
        days: days.allowed,
        months: months.allowed,
        weekdays,
        setsBothDayFields: days.restricted && weekdaysRaw.restricted,
      },
    };
  } catch (error) {
    if (error instanceof CronSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}

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

const isoWeekday = (d: Date) => ((d.getUTCDay() + 6) % 7) + 1;

/** The first run strictly after `after` and not later than `limit` (wall ms), or null. */
export function nextCronRun(spec: CronSpec, after: number, limit: number): number | null {
  let t = Math.floor(after / MINUTE) * MINUTE + MINUTE;
  while (t <= limit) {
    const d = new Date(t);
    const y = d.getUTCFullYear();
    const mo = d.getUTCMonth();
    const day = d.getUTCDate();
    const h = d.getUTCHours();
    if (!spec.months[mo + 1]) {
      t = Date.UTC(y, mo + 1, 1);
    } else if (!spec.days[day] || !spec.weekdays[isoWeekday(d)]) {
      t = Date.UTC(y, mo, day + 1);
    } else if (!spec.hours[h]) {
      let next = h + 1;
      while (next < 24 && !spec.hours[next]) next++;
      t = Date.UTC(y, mo, day, next); // hour 24 = the next day's midnight
    } else {
      const minute = d.getUTCMinutes();
      if (spec.minutes[minute]) return t;
      // Jump straight to the next allowed minute of this hour (no Date per skipped minute).
      let m = minute + 1;
      while (m < 60 && !spec.minutes[m]) m++;
      t += (m - minute) * MINUTE;
    }
  }
  return null;
}

/** The latest run at or before `atOrBefore` and not earlier than `limit` (wall ms), or null. */
export function previousCronRun(spec: CronSpec, atOrBefore: number, limit: number): number | null {
  let t = Math.floor(atOrBefore / MINUTE) * MINUTE;
  while (t >= limit) {
    const d = new Date(t);
    const y = d.getUTCFullYear();
    const mo = d.getUTCMonth();
    const day = d.getUTCDate();
    const h = d.getUTCHours();
    if (!spec.months[mo + 1]) {
      t = Date.UTC(y, mo, 1) - MINUTE;
    } else if (!spec.days[day] || !spec.weekdays[isoWeekday(d)]) {
      t = Date.UTC(y, mo, day) - MINUTE;
    } else if (!spec.hours[h]) {
      let previous = h - 1;
      while (previous >= 0 && !spec.hours[previous]) previous--;
      t = Date.UTC(y, mo, day, previous + 1) - MINUTE; // the last minute of that hour (or of the day before)
    } else {
      const minute = d.getUTCMinutes();
      if (spec.minutes[minute]) return t;
      let m = minute - 1;
      while (m >= 0 && !spec.minutes[m]) m--;
      t -= (minute - m) * MINUTE;
    }
  }
  return null;
}
