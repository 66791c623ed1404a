import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.ts';

export interface ScheduledJob {
  name: string;
  /** node-cron expression; 6 fields = with seconds. */
  expression: string;
  run: () => Promise<unknown>;
  /** With several processes, every job runs once per slot across the cluster, except these (e.g. flushing this process's own memory). */
  perProcess?: boolean;
}

/** Exactly once across processes (cluster/link.ts): true on the one process that claimed (job, slot). */
export type JobClaim = (job: string, slot: string) => Promise<boolean>;

/**
 * node-cron tasks with a lifecycle: created stopped, started together, destroyed on shutdown (a live task
 * keeps the process alive). Every task names the school's timezone — never the machine's. With `claim` (several
 * processes on one database), a job runs on the process that claims its slot first and is skipped on the others.
 */
export function createScheduler(timezone: string, logger: Logger, claim?: JobClaim) {
  const tasks = new Map<string, ScheduledTask>();

  return {
    add(job: ScheduledJob): void {
      tasks.get(job.name)?.destroy();
      const task = cron.createTask(
        job.expression,
        async (context) => {
          try {
            // The slot is the instant the task was due (whole seconds), the same on every process's machine clock.
            const slot = new Date(Math.floor(context.date.getTime() / 1000) * 1000).toISOString();
            if (claim && !job.perProcess && !(await claim(job.name, slot))) return;
            await job.run();
          } catch (error) {
            logger.error({ err: error, job: job.name }, 'scheduled job failed');
          }
        },
        { timezone, name: job.name, noOverlap: true },
      );
      tasks.set(job.name, task);
    },
    start(): void {
      for (const task of tasks.values()) task.start();
    },
    async stop(): Promise<void> {
      for (const task of tasks.values()) await task.destroy();
      tasks.clear();
    },
    names: () => [...tasks.keys()],
  };
}
export type Scheduler = ReturnType<typeof createScheduler>;
