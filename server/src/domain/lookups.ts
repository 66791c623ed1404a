import { calendarDate, dayNumber, type LookupCount, type LookupStat } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { rateBudget } from './rateBudget.ts';
import type { Store } from '../store/store.ts';
import { AppError } from './errors.ts';

export interface LookupLimits {
  /** Look-ups one client (IP) may report at once, refilled at `perMinute`. A busy reception kiosk is one client. */
  burst: number;
  perMinute: number;
  /** The same client opening the same procedure again within this window is the same look-up. */
  repeatWindowMs: number;
}

export const DEFAULT_LOOKUP_LIMITS: LookupLimits = { burst: 30, perMinute: 12, repeatWindowMs: 60_000 };
/** Beyond this many clients remembered, the oldest budgets are forgotten (memory stays bounded). */
const MAX_CLIENTS = 5000;

/**
 * Anonymous look-up counts of the reception kiosk: "procedure X was opened", per school day. Bounded per client so
 * nobody can inflate counts cheaply, and coalesced in memory — the store is written every few seconds by a job and
 * on shutdown, never once per tap.
 */
export function createLookupCounter({
  store,
  clock,
  logger,
  limits = DEFAULT_LOOKUP_LIMITS,
}: {
  store: Store;
  clock: Clock;
  logger: Logger;
  limits?: LookupLimits;
}) {
  const pending = new Map<string, LookupCount>();
  const budgets = new Map<string, (cost?: number) => boolean>();
  const lastCounted = new Map<string, number>();
  const nowMs = () => clock.now().getTime();
  let flushing: Promise<void> = Promise.resolve();

  function budgetOf(client: string) {
    let budget = budgets.get(client);
    if (!budget) {
      if (budgets.size >= MAX_CLIENTS) budgets.delete(budgets.keys().next().value ?? '');
      budget = rateBudget(limits.burst, limits.perMinute / 60, nowMs);
      budgets.set(client, budget);
    }
    return budget;
  }

  function forgetOldRepeats() {
    const cutoff = nowMs() - limits.repeatWindowMs;
    for (const [key, at] of lastCounted) if (at < cutoff) lastCounted.delete(key);
  }

  async function flushNow(): Promise<void> {
    forgetOldRepeats();
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending.clear();
    try {
      await store.addLookups(batch);
    } catch (error) {
      // Keep the counts for the next flush rather than lose them.
      for (const row of batch) add(row.contentId, row.date, row.count);
      logger.error({ err: error }, 'saving look-up counts failed');
    }
  }

  function add(contentId: string, date: string, count: number) {
    const key = `${date}|${contentId}`;
    const row = pending.get(key);
    if (row) row.count += count;
    else pending.set(key, { contentId, date, count });
  }

  return {
    /** Counts one look-up; false when it repeats the same client's look-up of the same procedure moments ago. */
    async record(client: string, contentId: string): Promise<boolean> {
      if (!budgetOf(client)()) throw new AppError('RATE_LIMITED', 'Tra cứu quá nhiều trong thời gian ngắn. Vui lòng thử lại sau.');
      const item = await store.getContent(contentId);
      if (!item || item.type !== 'procedure' || item.status !== 'approved') {
        throw new AppError('NOT_FOUND', 'Không có thủ tục hành chính này trên màn hình tra cứu.');
      }
      const key = `${client}|${contentId}`;
      const last = lastCounted.get(key);
      if (last !== undefined && nowMs() - last < limits.repeatWindowMs) return false;
      if (lastCounted.size >= MAX_CLIENTS * 10) forgetOldRepeats();
      lastCounted.set(key, nowMs());
      const { timezone } = await store.getSchool();
      add(contentId, calendarDate(clock.now(), timezone), 1);
      return true;
    },

    /** Writes what was counted since the last flush (one store write); flushes never overlap. */
    flush(): Promise<void> {
      flushing = flushing.then(flushNow);
      return flushing;
    },

    /** Every procedure (approved, or ever looked up) with its counts for the last 7 and 30 school days and in total. */
    async stats(): Promise<LookupStat[]> {
      const [rows, content, school] = await Promise.all([store.listLookups(), store.listContent(), store.getSchool()]);
      const today = dayNumber(calendarDate(clock.now(), school.timezone));
      const byId = new Map<string, LookupStat>();
      const statOf = (contentId: string) => {
        let stat = byId.get(contentId);
        if (!stat) {
          stat = { contentId, code: '', name: contentId, last7Days: 0, last30Days: 0, total: 0 };
          byId.set(contentId, stat);
        }
        return stat;
      };
      for (const item of content) {
        if (item.type === 'procedure' && item.status === 'approved') statOf(item.id);
      }
      for (const row of [...rows, ...pending.values()]) {
        const stat = statOf(row.contentId);
        const age = today - dayNumber(row.date);
        stat.total += row.count;
        if (age < 30) stat.last30Days += row.count;
        if (age < 7) stat.last7Days += row.count;
      }
      for (const item of content) {
        const stat = byId.get(item.id);
        if (stat && item.type === 'procedure') Object.assign(stat, { code: item.code, name: item.name });
      }
      return [...byId.values()].sort(
        (a, b) => b.last30Days - a.last30Days || b.total - a.total || a.name.localeCompare(b.name, 'vi'),
      );
    },
  };
}
export type LookupCounter = ReturnType<typeof createLookupCounter>;
