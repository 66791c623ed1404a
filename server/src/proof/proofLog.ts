import { promises as fs } from 'node:fs';
import path from 'node:path';
import { calendarDate, type ProofEntry } from '@bangtin/shared';
import type { Clock } from '../clock.ts';

/** One line of the proof-of-display log: what a screen says it showed, and when we heard it. */
export interface ProofRecord extends ProofEntry {
  screenId: string;
  receivedAt: string;
}

/**
 * Proof of display lives outside db.json (it grows every few seconds per screen): append-only NDJSON, one file
 * per day of receipt, older files pruned. A kiosk resends a batch whose acknowledgement it never got, so readers
 * de-duplicate on (screenId, slideId, startedAt).
 */
export interface ProofLog {
  append(screenId: string, entries: readonly ProofEntry[]): Promise<void>;
  readDay(day: string): Promise<ProofRecord[]>;
  prune(): Promise<number>;
  close(): Promise<void>;
}

const FILE_PATTERN = /^proof-(\d{4}-\d{2}-\d{2})\.ndjson$/;

export function createFileProofLog(dir: string, clock: Clock, timezone: string, keepDays = 400): ProofLog {
  let chain: Promise<void> = fs.mkdir(dir, { recursive: true }).then(() => undefined);
  const fileOf = (day: string) => path.join(dir, `proof-${day}.ndjson`);

  return {
    append(screenId, entries) {
      const now = clock.now();
      const receivedAt = now.toISOString();
      const lines = entries.map((e) => JSON.stringify({ ...e, screenId, receivedAt } satisfies ProofRecord)).join('\n');
      // Serialised so lines from concurrent batches never interleave; fsync'd before the kiosk is told "kept".
      const write = chain.then(async () => {
        const handle = await fs.open(fileOf(calendarDate(now, timezone)), 'a', 0o600);
        try {
          await handle.appendFile(`${lines}\n`, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
      });
      chain = write.catch(() => undefined);
      return write;
    },

    async readDay(day) {
      let text: string;
      try {
        text = await fs.readFile(fileOf(day), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const seen = new Set<string>();
      const records: ProofRecord[] = [];
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        try {
          const record = JSON.parse(line) as ProofRecord;
          const key = `${record.screenId}|${record.slideId}|${record.startedAt}`;
          if (seen.has(key)) continue;
          seen.add(key);
          records.push(record);
        } catch {
          // A torn last line after a power cut: skip it, keep the rest.
        }
      }
      return records;
    },

    async prune() {
      const cutoff = calendarDate(new Date(clock.now().getTime() - keepDays * 86_400_000), timezone);
      let removed = 0;
      for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
        const day = FILE_PATTERN.exec(name)?.[1];
        if (day && day < cutoff) {
          await fs.rm(path.join(dir, name), { force: true });
          removed += 1;
        }
      }
      return removed;
    },

    async close() {
      await chain;
    },
  };
}

/** For tests: the same contract in memory. */
export function createMemoryProofLog(clock: Clock, timezone: string): ProofLog & { records: ProofRecord[] } {
  const records: ProofRecord[] = [];
  return {
    records,
    async append(screenId, entries) {
      const receivedAt = clock.now().toISOString();
      for (const e of entries) records.push({ ...e, screenId, receivedAt });
    },
    async readDay(day) {
      return records.filter((r) => calendarDate(new Date(r.receivedAt), timezone) === day);
    },
    async prune() {
      return 0;
    },
    async close() {},
  };
}
