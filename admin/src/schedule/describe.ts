import { formatShortDateVi, minutesOf, type ScheduleEntry, type ScheduleRule, type TimeWindow } from '@bangtin/shared';
import type { MessageKey, Params } from '../i18n.ts';

type Translate = (key: MessageKey, params?: Params) => string;

/** Weekday names in the console's language, index 1 = Monday … 7 = Sunday (ISO, like the schema). */
export const weekdayKey = (day: number) => `weekday.${day}` as MessageKey;

/** A window that ends at or before its start runs past midnight and ends the next day. */
export const crossesMidnight = (window: TimeWindow) => minutesOf(window.end) < minutesOf(window.start);

/** "06:45–08:00", or "22:00–02:00 (kết thúc hôm sau)". */
export function describeWindow(window: TimeWindow, t: Translate): string {
  const range = `${window.start}–${window.end}`;
  return crossesMidnight(window) ? `${range} (${t('when.nextDay')})` : range;
}

/** "Thứ Hai – Thứ Sáu", "Hằng ngày", "Thứ Hai, Thứ Tư". Consecutive runs of three or more collapse to a range. */
export function describeDays(days: readonly number[], t: Translate): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return t('when.everyDay');
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) =>
      run.length >= 3
        ? [`${t(weekdayKey(run[0] ?? 1))} – ${t(weekdayKey(run[run.length - 1] ?? 7))}`]
        : run.map((day) => t(weekdayKey(day))),
    )
    .join(', ');
}

/** The weekly part of "when" in words; a cron rule is described by cronstrue (see cronText.ts). */
export function describeWeekly(rule: ScheduleRule & { kind: 'weekly' }, t: Translate): string {
  const windows = rule.windows.length ? rule.windows.map((w) => describeWindow(w, t)).join(', ') : t('when.allDay');
  return `${describeDays(rule.days, t)} · ${windows}`;
}

/** "từ 01/08/2026 đến 31/08/2026", "từ 01/08/2026", "đến 31/08/2026", or "" for open-ended. */
export function describeDates(entry: Pick<ScheduleEntry, 'dateFrom' | 'dateUntil'>, t: Translate): string {
  const from = entry.dateFrom ? formatShortDateVi(entry.dateFrom) : null;
  const until = entry.dateUntil ? formatShortDateVi(entry.dateUntil) : null;
  if (from && until) return t('when.between', { from, until });
  if (from) return t('when.from', { from });
  if (until) return t('when.until', { until });
  return '';
}

/** Duration in minutes → "45 phút", "2 giờ 30 phút", "1 ngày". */
export function describeMinutes(total: number, t: Translate): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts: string[] = [];
  if (days) parts.push(t('unit.days', { n: days }));
  if (hours) parts.push(t('unit.hours', { n: hours }));
  if (minutes || parts.length === 0) parts.push(t('unit.minutes', { n: minutes }));
  return parts.join(' ');
}
