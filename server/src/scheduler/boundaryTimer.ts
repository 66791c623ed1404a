import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';

/**
 * Fires a callback at one instant (the next schedule boundary). The production timer is a node-cron task written for
 * that very second; tests inject a manual one driven by their clock.
 */
export interface BoundaryTimer {
  /** Replaces any pending boundary; null = none pending. */
  set(at: Date | null, run: () => Promise<void>): void;
  /** The pending instant, for diagnostics and tests. */
  pending(): Date | null;
  stop(): Promise<void>;
}

/**
 * node-cron has no "once at": the task's expression names the boundary's second, month and day (UTC, so machine and
 * school timezones never matter), and the task destroys itself when it fires. A boundary more than a year away would
 * match the same date earlier, so the handler checks the clock; the daily re-plan never lets it get that far anyway.
 * The instant is taken on the injected clock's timeline and converted to the machine's (they differ only with
 * CLOCK_START, used for demos and tests).
 */
export function cronBoundaryTimer(clock: Clock, logger: Logger): BoundaryTimer {
  let task: ScheduledTask | null = null;
  let target: Date | null = null;

  const clear = () => {
    const old = task;
    task = null;
    target = null;
    if (old) void old.destroy();
  };

  return {
    set(at, run) {
      clear();
      if (!at) return;
      target = at;
      // Never "now": a boundary already due (or one that a DST fold puts in the past) waits half a second, so
      // fire → re-plan → fire can never spin without the server breathing.
      const delay = Math.max(500, at.getTime() - clock.now().getTime());
      // Round up to the next whole second: firing early would re-evaluate before the boundary and change nothing.
      const real = new Date(Math.ceil((Date.now() + delay) / 1000) * 1000);
      const expression = `${real.getUTCSeconds()} ${real.getUTCMinutes()} ${real.getUTCHours()} ${real.getUTCDate()} ${real.getUTCMonth() + 1} *`;
      const mine = cron.createTask(
        expression,
        async () => {
          if (task !== mine) return;
          if (Date.now() < real.getTime() - 1000) return; // same date, another year
          clear();
          try {
            await run();
          } catch (error) {
            logger.error({ err: error }, 'schedule boundary failed');
          }
        },
        { timezone: 'UTC', name: 'schedule-boundary', noOverlap: true },
      );
      task = mine;
      mine.start();
    },
    pending: () => target,
    async stop() {
      clear();
    },
  };
}
