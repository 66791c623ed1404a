import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.ts';

export interface ScheduledJob {
  name: string;
  /** node-cron expression; 6 fields = with seconds. */
  expression: string;
  run: () => Promise<unknown>;
}

/**
 * node-cron tasks with a lifecycle: created stopped, started together, destroyed on shutdown (a live task
 * keeps the process alive). Every task names the school's timezone — never the machine's.
 */
export function createScheduler(timezone: string, logger: Logger) {
  const tasks = new Map<string, ScheduledTask>();

  return {
    add(job: ScheduledJob): void {
      tasks.get(job.name)?.destroy();
      const task = cron.createTask(
        job.expression,
        async () => {
          try {
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
