import { evaluateSchedule } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import { readPlanningData, scheduleStateOf } from '../domain/displaySnapshot.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import type { BoundaryTimer } from './boundaryTimer.ts';

/**
 * Keeps exactly one boundary task armed: the earliest instant at which any screen's plan may change (a window opens or
 * closes, a date range or a content item's validity starts or ends, an emergency notice expires). At that instant it
 * pushes (the publisher sends only to screens whose snapshot actually changed) and arms the next one. Re-planned on
 * start (so a restart mid-window shows the right content at once), after every change, and daily.
 */
export function createSchedulePlanner(deps: {
  store: Store;
  clock: Clock;
  timer: BoundaryTimer;
  logger: Logger;
  /** Push fresh snapshots to connected screens that need them. */
  publish: () => Promise<void>;
  /** Side work at each boundary (e.g. telling consoles that a notice expired). */
  atBoundary?: () => Promise<void>;
}) {
  let stopped = false;
  let replanning: Promise<void> | null = null;
  let again = false;

  async function replanOnce(): Promise<void> {
    const data = await readPlanningData(deps.store);
    let next: string | null = null;
    for (const plan of evaluateSchedule(scheduleStateOf(data), deps.clock.now()).values()) {
      if (plan.nextChangeAt && (next === null || plan.nextChangeAt < next)) next = plan.nextChangeAt;
    }
    if (stopped) return;
    deps.timer.set(next ? new Date(next) : null, boundary);
  }

  async function boundary(): Promise<void> {
    await deps.publish();
    await deps.atBoundary?.();
    await replan();
  }

  function replan(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (replanning) {
      again = true;
      return replanning;
    }
    replanning = (async () => {
      do {
        again = false;
        try {
          await replanOnce();
        } catch (error) {
          deps.logger.error({ err: error }, 'planning the next schedule boundary failed');
        }
      } while (again);
      replanning = null;
    })();
    return replanning;
  }

  return {
    replan,
    /** The armed boundary (diagnostics, tests). */
    nextBoundary: () => deps.timer.pending(),
    async stop(): Promise<void> {
      stopped = true;
      await deps.timer.stop();
    },
  };
}
export type SchedulePlanner = ReturnType<typeof createSchedulePlanner>;
