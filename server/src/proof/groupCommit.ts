/**
 * Group commit for small, frequent writes (kiosks report proof every few seconds, refused logins come in bursts): each
 * caller's rows wait only while `concurrency` writes are already running, then everything that queued meanwhile goes in
 * ONE statement. Under light load a write starts at once (no timer, no added latency); under heavy load batches grow by
 * themselves up to `maxRows`. Each caller's promise settles with the statement that carried its rows.
 */
export interface GroupCommit<T> {
  add(rows: readonly T[]): Promise<void>;
  /** Resolves when every row added so far is written (or failed). */
  drain(): Promise<void>;
}

interface Waiting<T> {
  rows: readonly T[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function groupCommit<T>(write: (rows: T[]) => Promise<void>, { concurrency = 2, maxRows = 5_000 } = {}): GroupCommit<T> {
  const queue: Waiting<T>[] = [];
  let running = 0;
  let idle: Array<() => void> = [];

  const pump = () => {
    while (running < concurrency && queue.length > 0) {
      const batch: Waiting<T>[] = [];
      let count = 0;
      // At least one caller per batch, however many rows it brought; then whole callers while they fit.
      while (queue.length > 0 && (batch.length === 0 || count + queue[0]!.rows.length <= maxRows)) {
        const next = queue.shift()!;
        batch.push(next);
        count += next.rows.length;
      }
      running += 1;
      write(batch.flatMap((w) => w.rows))
        .then(
          () => batch.forEach((w) => w.resolve()),
          (error: unknown) => batch.forEach((w) => w.reject(error)),
        )
        .finally(() => {
          running -= 1;
          pump();
          if (running === 0 && queue.length === 0) {
            const waiting = idle;
            idle = [];
            waiting.forEach((done) => done());
          }
        });
    }
  };

  return {
    add(rows) {
      if (rows.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        queue.push({ rows, resolve, reject });
        pump();
      });
    },
    drain() {
      if (running === 0 && queue.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
  };
}
