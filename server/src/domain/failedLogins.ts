import { appendFile, readFile, rename } from 'node:fs/promises';
import type { FailedLogin } from '@bangtin/shared';
import type { Clock } from '../clock.ts';

export type FailedLoginInput = Omit<FailedLogin, 'at'>;

export interface FailedLoginLog {
  record(input: FailedLoginInput): void;
  /** Newest first (from this process's memory with the file, from the shared table with PostgreSQL). */
  list(): FailedLogin[] | Promise<FailedLogin[]>;
  /** Resolves when every entry recorded so far is written. */
  flush(): Promise<void>;
}

/** The log kept in this process (and its file): listed without waiting. */
export interface FileFailedLoginLog extends FailedLoginLog {
  list(): FailedLogin[];
  load(): Promise<void>;
}

const clamp = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

/** The row written for a refused login: now, with the typed name and the address cut to what the page shows. */
export const clampFailedLogin = (input: FailedLoginInput, clock: Clock): FailedLogin => ({
  at: clock.now().toISOString(),
  username: clamp(input.username, 80),
  address: clamp(input.address, 64),
  reason: input.reason,
});

/**
 * Failed logins live apart from the audit log: anonymous traffic can fill this one, never the office's history.
 * Bounded twice: `keep` rows in memory, and on disk a JSON-lines file rotated to `<file>.1` every `keep` rows
 * (so at most 2 × keep rows on disk). Writes are appended without fsync: losing the last few rows on a power cut
 * is acceptable for a record of refused attempts, slowing every wrong password down is not.
 */
export function createFailedLoginLog(clock: Clock, options: { file?: string; keep?: number } = {}): FileFailedLoginLog {
  const keep = options.keep ?? 2000;
  let rows: FailedLogin[] = [];
  let writtenSinceRotation = 0;
  let queue: Promise<void> = Promise.resolve();

  const write = (row: FailedLogin) => {
    const file = options.file;
    if (!file) return;
    queue = queue
      .then(async () => {
        if (writtenSinceRotation >= keep) {
          await rename(file, `${file}.1`).catch(() => undefined);
          writtenSinceRotation = 0;
        }
        await appendFile(file, `${JSON.stringify(row)}\n`, { mode: 0o600 });
        writtenSinceRotation += 1;
      })
      .catch(() => undefined);
  };

  return {
    /** Reads back the newest rows written by the previous run (a torn last line is skipped). */
    async load() {
      if (!options.file) return;
      const text = await readFile(options.file, 'utf8').catch(() => '');
      const lines = text.split('\n').filter(Boolean);
      writtenSinceRotation = lines.length;
      const parsed: FailedLogin[] = [];
      for (const line of lines.slice(-keep)) {
        try {
          parsed.push(JSON.parse(line) as FailedLogin);
        } catch {
          // A line cut by a crash: skip it.
        }
      }
      rows = parsed.reverse();
    },
    record(input) {
      const row = clampFailedLogin(input, clock);
      rows.unshift(row);
      if (rows.length > keep) rows.length = keep;
      write(row);
    },
    list: () => rows.slice(),
    flush: () => queue,
  };
}
