import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { calendarDate, type ProofEntry } from '@bangtin/shared';
import type { Clock } from '../clock.ts';

/** One line of the proof-of-display log: what a screen says it showed, and when we heard it. */
export interface ProofRecord extends ProofEntry {
  screenId: string;
  receivedAt: string;
  /** Reported over a connection that carried the screen's device credential (absent on lines from before pairing). */
  paired?: boolean;
  /**
   * The item's reform areas when the play was received (server/src/areas/areasAtPlay.ts stamps them on the entries it
   * appends; absent on records from before, which the area reports count under the item's current areas).
   */
  areas?: string[];
}

/** A day file is full: nothing more is written to it until the next day (the kiosk keeps its entries and resends). */
export class ProofLogFullError extends Error {
  constructor(day: string) {
    super(`proof-of-display file of ${day} reached its size cap`);
  }
}

/**
 * A day file's ceiling. A legitimate screen logs ≈ 8,640 slides a day (one every 10 s, ≈ 200 bytes each: 1.7 MB),
 * so 64 MB is ~35 screens all day; the cap bounds the disk and every report that streams the file.
 */
export const PROOF_DAY_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Proof of display lives outside db.json (it grows every few seconds per screen): append-only NDJSON, one file
 * per day of receipt, older files pruned. A kiosk resends a batch whose acknowledgement it never got, so readers
 * de-duplicate on (screenId, slideId, startedAt).
 */
export interface ProofLog {
  /** Appends (fsync'd / committed); rejects with ProofLogFullError when the day file would pass its cap. */
  append(screenId: string, entries: readonly ProofEntry[]): Promise<void>;
  /**
   * The records received on `day` (the log's timezone), streamed (never the whole day in one string or one result),
   * de-duplicated; only one screen's when `filter.screenId` is given (PostgreSQL answers that from its index).
   */
  stream(day: string, filter?: ProofStreamFilter): AsyncIterable<ProofRecord>;
  /** The same, collected (small days and tests). */
  readDay(day: string, filter?: ProofStreamFilter): Promise<ProofRecord[]>;
  /** Removes the days of receipt older than the log keeps (400 days); resolves to how many days went. */
  prune(): Promise<number>;
  close(): Promise<void>;
  /**
   * The reports' totals computed where the records are (PostgreSQL: GROUP BY in SQL, not every row through JavaScript).
   * Same meaning as streaming the receipt days and summing (proofReport.ts, collectProofRows); absent for the file log.
   */
  totals?(range: ProofTotalsRange): Promise<ProofTotalsRow[]>;
}

/** Receipt days `receivedFrom`–`receivedTo` read; plays whose start falls on a school day `from`–`to` (in `timezone`) counted. */
export interface ProofTotalsRange {
  receivedFrom: string;
  receivedTo: string;
  from: string;
  to: string;
  timezone: string;
  screenId?: string | undefined;
  /** Split by the areas stamped at play (null: records from before the stamp). */
  byAreas: boolean;
}

/** One school day × screen × item (× areas) of plays, each play counted once however often its batch was resent. */
export interface ProofTotalsRow {
  date: string;
  screenId: string;
  contentId: string;
  areas: string[] | null;
  seconds: number;
  plays: number;
  pairedSeconds: number;
  pairedPlays: number;
}

export interface ProofStreamFilter {
  screenId?: string;
}

const FILE_PATTERN = /^proof-(\d{4}-\d{2}-\d{2})\.ndjson$/;

const keyOf = (record: ProofRecord) => `${record.screenId}|${record.slideId}|${record.startedAt}`;

async function* linesOf(file: string): AsyncIterable<string> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<boolean>((resolve, reject) => {
    stream.once('open', () => resolve(true));
    stream.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve(false) : reject(error)));
  });
  if (!(await opened)) return;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    yield* lines;
  } finally {
    lines.close();
    stream.destroy();
  }
}

async function* parsedRecords(lines: AsyncIterable<string>, filter: ProofStreamFilter = {}): AsyncIterable<ProofRecord> {
  const seen = new Set<string>();
  for await (const line of lines) {
    if (!line.trim()) continue;
    let record: ProofRecord;
    try {
      record = JSON.parse(line) as ProofRecord;
    } catch {
      continue; // A torn last line after a power cut: skip it, keep the rest.
    }
    if (filter.screenId !== undefined && record.screenId !== filter.screenId) continue;
    const key = keyOf(record);
    if (seen.has(key)) continue;
    seen.add(key);
    yield record;
  }
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

export function createFileProofLog(dir: string, clock: Clock, timezone: string, keepDays = 400, maxDayBytes = PROOF_DAY_MAX_BYTES): ProofLog {
  let chain: Promise<void> = fs.mkdir(dir, { recursive: true }).then(() => undefined);
  const fileOf = (day: string) => path.join(dir, `proof-${day}.ndjson`);
  /** Bytes in each day file this process has appended to (read from disk once). */
  const sizes = new Map<string, number>();

  return {
    append(screenId, entries) {
      const now = clock.now();
      const receivedAt = now.toISOString();
      const day = calendarDate(now, timezone);
      const lines = entries.map((e) => JSON.stringify({ ...e, screenId, receivedAt, paired: true } satisfies ProofRecord)).join('\n');
      // Serialised so lines from concurrent batches never interleave; fsync'd before the kiosk is told "kept".
      const write = chain.then(async () => {
        const size = sizes.get(day) ?? (await fs.stat(fileOf(day)).then((st) => st.size, () => 0));
        const bytes = Buffer.byteLength(lines, 'utf8') + 1;
        if (size + bytes > maxDayBytes) throw new ProofLogFullError(day);
        sizes.set(day, size + bytes);
        if (sizes.size > 3) sizes.delete(sizes.keys().next().value ?? day);
        const handle = await fs.open(fileOf(day), 'a', 0o600);
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

    stream: (day, filter) => parsedRecords(linesOf(fileOf(day)), filter),

    readDay(day, filter) {
      return collect(parsedRecords(linesOf(fileOf(day)), filter));
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

async function* toLines(records: readonly ProofRecord[]): AsyncIterable<string> {
  for (const record of records) yield JSON.stringify(record);
}

/** For tests: the same contract in memory. */
export function createMemoryProofLog(clock: Clock, timezone: string, keepDays = 400): ProofLog & { records: ProofRecord[] } {
  const records: ProofRecord[] = [];
  const dayOf = (record: ProofRecord) => calendarDate(new Date(record.receivedAt), timezone);
  return {
    records,
    async append(screenId, entries) {
      const receivedAt = clock.now().toISOString();
      for (const e of entries) records.push({ ...e, screenId, receivedAt, paired: true });
    },
    stream(day, filter) {
      return parsedRecords(toLines(records.filter((r) => dayOf(r) === day)), filter);
    },
    async readDay(day, filter) {
      return collect(this.stream(day, filter));
    },
    async prune() {
      const cutoff = calendarDate(new Date(clock.now().getTime() - keepDays * 86_400_000), timezone);
      const gone = new Set(records.map(dayOf).filter((day) => day < cutoff));
      const kept = records.filter((r) => !gone.has(dayOf(r)));
      records.splice(0, records.length, ...kept);
      return gone.size;
    },
    async close() {},
  };
}
