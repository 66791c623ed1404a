import type { BoundaryTimer } from '../../server/src/scheduler/boundaryTimer.ts';

/** A boundary timer driven by a test's manual clock: `fireIfDue` runs the pending boundary once the clock reaches it. */
export function manualBoundaryTimer(now: () => Date): BoundaryTimer & { fireIfDue(): Promise<boolean> } {
  let pending: { at: Date; run: () => Promise<void> } | null = null;
  return {
    set(at, run) {
      pending = at ? { at, run } : null;
    },
    pending: () => pending?.at ?? null,
    async stop() {
      pending = null;
    },
    async fireIfDue() {
      if (!pending || now() < pending.at) return false;
      const { run } = pending;
      pending = null;
      await run();
      return true;
    },
  };
}
