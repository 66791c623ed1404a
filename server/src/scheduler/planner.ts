import type { evaluateSchedule } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import { scheduleStateOf, type PlanningData, type PlanningStep } from '../domain/planningData.ts';
import type { Logger } from '../logger.ts';
import type { BoundaryTimer } from './boundaryTimer.ts';

/**
 * One planning step per change: one read of the store and one evaluation of every screen, which serves both the push
 * (the publisher sends only to screens whose snapshot actually changed) and the boundary task, armed at the earliest
 * instant at which any screen's plan may change (a window opens or closes, a date range or a content item's validity
 * starts or ends, an emergency notice expires). Steps run after every change, at every boundary, on start (so a
 * restart mid-window shows the right content at once) and daily; requests that arrive while a step runs collapse into
 * one more step.
 */
export function createSchedulePlanner(deps: {
  readPlanning: () => Promise<PlanningData>;
  clock: Clock;
  timer: BoundaryTimer;
  logger: Logger;
  evaluate: typeof evaluateSchedule;
  /** Push fresh snapshots to connected screens that need them. */
  publish: (step: PlanningStep) => Promise<void>;
  /** Side work at each boundary (e.g. telling consoles that a notice expired). */
  atBoundary?: () => Promise<void>;
  /**
   * Several processes: every one steps at a boundary (its own kiosks need the new snapshots), but the side work runs only
   * on the process that claims the boundary's instant.
   */
  claimBoundary?: (at: Date) => Promise<boolean>;
}) {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  async function stepOnce(): Promise<void> {
    const data = await deps.readPlanning();
    const now = deps.clock.now();
    const plans = deps.evaluate(scheduleStateOf(data), now);
    let next: string | null = null;
    for (const plan of plans.values()) {
      if (plan.nextChangeAt && (next === null || plan.nextChangeAt < next)) next = plan.nextChangeAt;
    }
    if (stopped) return;
    await deps.publish({ data, now, plans });
    if (stopped) return;
    const at = next ? new Date(next) : null;
    deps.timer.set(at, () => (at ? boundary(at) : Promise.resolve()));
  }

  async function boundary(at: Date): Promise<void> {
    await step();
    if (deps.claimBoundary && !(await deps.claimBoundary(at))) return;
    await deps.atBoundary?.();
  }

  /** Read, evaluate, push, arm; resolves when this (and any collapsed follow-up) step is done. */
  function step(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await stepOnce();
        } catch (error) {
          deps.logger.error({ err: error }, 'planning step failed');
        }
      } while (again);
      running = null;
    })();
    return running;
  }

  return {
    step,
    /** The armed boundary (diagnostics, tests). */
    nextBoundary: () => deps.timer.pending(),
    async stop(): Promise<void> {
      stopped = true;
      await deps.timer.stop();
    },
  };
}
export type SchedulePlanner = ReturnType<typeof createSchedulePlanner>;
