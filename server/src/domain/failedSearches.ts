import { calendarDate, dayNumber, tokensOf, type FailedSearchStat } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { AppError } from './errors.ts';
import { clientBudgets } from './rateBudget.ts';

const DAY_MS = 86_400_000;
/** Failed searches older than this are forgotten (the office's list looks back 30 days). */
const KEEP_DAYS = 90;
/** Different searches kept per day: a flood of junk cannot grow the store without bound. */
const MAX_PER_DAY = 200;
const MAX_WORDS = 8;
const MAX_LENGTH = 80;
/** One kiosk reports a failed search at most every few seconds (it waits for the parent to stop typing). */
const CLIENT_BURST = 10;
const CLIENT_PER_MINUTE = 6;

/**
 * What is kept of a search: its folded words (no diacritics, lower case), without anything that could identify
 * someone — long numbers (a phone, an ID card) and addresses with a dot (an e-mail, a website) are dropped; a
 * procedure code (1.001622) stays. Empty when nothing is left.
 */
export function anonymousQuery(text: string): string {
  const words = tokensOf(text.replace(/\S*@\S*/g, ' ')).filter((word) => /^\d+\.\d+$/.test(word) || (!/\d{4,}/.test(word) && !word.includes('.')));
  let query = words.slice(0, MAX_WORDS).join(' ');
  if (query.length > MAX_LENGTH) query = query.slice(0, query.lastIndexOf(' ', MAX_LENGTH)).trim();
  return query;
}

/**
 * Anonymous counts of the reception searches that found nothing, per school day, for the office's "Tìm không thấy"
 * list. Bounded per client like the look-up counts; written through (a failed search is rare: the kiosk reports one
 * only after the parent stopped typing), so there is nothing to flush.
 */
export function createFailedSearchCounter({ store, clock }: { store: Store; clock: Clock }) {
  const mayReport = clientBudgets(CLIENT_BURST, CLIENT_PER_MINUTE / 60, () => clock.now().getTime());

  return {
    /** Counts one failed search; false when nothing anonymous is left of it or the day's list is full. */
    async record(client: string, text: string): Promise<boolean> {
      if (!mayReport(client)) throw new AppError('RATE_LIMITED', 'Gửi quá nhiều trong thời gian ngắn. Vui lòng thử lại sau.');
      const query = anonymousQuery(text);
      if (query === '') return false;
      const { timezone } = await store.getSchool();
      const today = calendarDate(clock.now(), timezone);
      const keepFrom = new Date((dayNumber(today) - KEEP_DAYS) * DAY_MS).toISOString().slice(0, 10);
      return store.addFailedSearch(query, today, keepFrom, MAX_PER_DAY);
    },

    /** What parents searched for in vain over the last 30 school days, most asked first. */
    async report(): Promise<FailedSearchStat[]> {
      const [rows, school] = await Promise.all([store.listFailedSearches(), store.getSchool()]);
      const today = dayNumber(calendarDate(clock.now(), school.timezone));
      const byQuery = new Map<string, FailedSearchStat>();
      for (const row of rows) {
        const age = today - dayNumber(row.date);
        if (age >= 30 || age < 0) continue;
        const stat = byQuery.get(row.query) ?? { query: row.query, last7Days: 0, last30Days: 0 };
        stat.last30Days += row.count;
        if (age < 7) stat.last7Days += row.count;
        byQuery.set(row.query, stat);
      }
      return [...byQuery.values()].sort((a, b) => b.last30Days - a.last30Days || b.last7Days - a.last7Days || a.query.localeCompare(b.query));
    },
  };
}
export type FailedSearchCounter = ReturnType<typeof createFailedSearchCounter>;
