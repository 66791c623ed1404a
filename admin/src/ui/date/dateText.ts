/**
 * Dates as the office reads and types them — dd/mm/yyyy — whatever language the browser runs in, kept in forms
 * and contracts as ISO `yyyy-mm-dd`. Pure functions: the input's mask, parsing and the calendar grid.
 */

import { formatShortDateVi } from '@bangtin/shared';

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month (month 1–12), leap years included. */
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** '2026-11-28' → '28/11/2026'; anything that is not an ISO date is shown as it is (a half-typed value). */
export const isoToText = (iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatShortDateVi(iso) : iso);

/** '28/11/2026', '1/2/2026', '28.11.2026', '28112026' (or a pasted '2026-11-28') → ISO, or null when it is not a real calendar day. */
export function textToIso(text: string): string | null {
  const trimmed = text.trim();
  // A pasted ISO date (2026-11-28) is unambiguous too.
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const match = iso ? [iso[0], iso[3], iso[2], iso[1]] : (/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed));
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The mask while typing: digits only get their slashes added ("2811" → "28/11", "28112026" → "28/11/2026");
 * text the office types with its own separators ("1/2/2026") is left alone.
 */
export function maskDateText(typed: string): string {
  // Slashes only where the mask puts them (after dd and mm): the mask's own, so the digits are re-masked.
  const ours = /^[\d/]*$/.test(typed) && [...typed].every((ch, i) => ch !== '/' || i === 2 || i === 5);
  if (!ours) return typed.slice(0, 10);
  const digits = typed.replace(/\D/g, '').slice(0, 8);
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter(Boolean).join('/');
}

/** What the form keeps for a typed text: the ISO date, '' for empty, or the text itself (the schema then refuses it). */
export function valueOfText(text: string): string {
  if (text.trim() === '') return '';
  return textToIso(text) ?? text.trim();
}

/** For filters that query the server at once: only a whole date (or none) is worth a request. */
export const isWholeDate = (value: string) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value);

export interface CalendarDay {
  iso: string;
  day: number;
  /** False for the days of the previous/next month that fill the first and last week. */
  inMonth: boolean;
}

/** The weeks of a month as Vietnamese calendars print them: Monday (Thứ Hai) first, six rows at most. */
export function monthGrid(year: number, month: number): CalendarDay[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7; // Monday = 0
  const start = Date.UTC(year, month - 1, 1 - offset);
  const weeks: CalendarDay[][] = [];
  for (let w = 0; w < 6; w++) {
    const week: CalendarDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = new Date(start + (w * 7 + d) * 86_400_000);
      week.push({
        iso: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`,
        day: date.getUTCDate(),
        inMonth: date.getUTCMonth() === month - 1,
      });
    }
    if (w > 3 && !week.some((day) => day.inMonth)) break;
    weeks.push(week);
  }
  return weeks;
}

/** Moves an ISO date by whole months, keeping the day where the month allows (31/01 + 1 month → 28/02). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** Moves an ISO date by days (the calendar's arrow keys). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
