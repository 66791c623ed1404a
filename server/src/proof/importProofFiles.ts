import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { failedLogin, isoDateTime, proofEntry } from '@bangtin/shared';
import type pg from 'pg';
import { z } from 'zod';
import { systemClock, type Clock } from '../clock.ts';
import { DEFAULT_UNIT_ID } from '../store/pg/unit.ts';
import { ensureProofMonth, insertProofRows, type PendingRow } from './pgProofLog.ts';
import { pgSentSlides } from './pgSentSlides.ts';
import { fileSentSlides } from './sentSlides.ts';

const proofLine = proofEntry.extend({ screenId: z.string().min(1).max(100), receivedAt: isoDateTime, paired: z.boolean().optional() });
const DAY_FILE = /^proof-(\d{4}-\d{2}-\d{2})\.ndjson$/;
const BATCH_ROWS = 5_000;

export interface ProofImportCounts {
  /** Valid lines read from the files (a torn or foreign line is counted in `skipped`). */
  read: number;
  /** Rows new to the database (0 on a second run: the import is idempotent). */
  inserted: number;
  skipped: number;
}

export interface ProofFilesImport {
  proof: ProofImportCounts & { days: number };
  sentSlides: { screens: number; slides: number };
  failedLogins: ProofImportCounts;
}

async function* jsonLines(file: string): AsyncIterable<unknown> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      try {
        yield JSON.parse(line) as unknown;
      } catch {
        yield undefined; // a torn line: counted as skipped
      }
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}

const exists = (file: string) => fs.stat(file).then(() => true, () => false);

/**
 * Moves what a single school kept beside db.json into PostgreSQL (for `npm run db:import`): the proof-of-display day
 * files (DATA_DIR/proof/proof-<day>.ndjson, each row under its file's day of receipt), the sent-slide memory and the
 * refused-login log. Idempotent: proof rows and refused logins already present are skipped, sent slides keep the newer
 * time. Prints the counts through `log` and returns them.
 */
export async function importProofFiles(
  dataDir: string,
  pool: pg.Pool,
  { log = (line: string) => process.stdout.write(`${line}\n`), clock = systemClock, unitId = DEFAULT_UNIT_ID }: { log?: (line: string) => void; clock?: Clock; unitId?: string } = {},
): Promise<ProofFilesImport> {
  const proofDir = path.join(dataDir, 'proof');
  const proof = { read: 0, inserted: 0, skipped: 0, days: 0 };
  const days = (await fs.readdir(proofDir).catch(() => [] as string[])).flatMap((name) => DAY_FILE.exec(name)?.[1] ?? []).sort();
  for (const day of days) {
    await ensureProofMonth(pool, day);
    proof.days += 1;
    let batch: PendingRow[] = [];
    const flush = async () => {
      proof.inserted += await insertProofRows(pool, unitId, batch);
      batch = [];
    };
    for await (const value of jsonLines(path.join(proofDir, `proof-${day}.ndjson`))) {
      const parsed = proofLine.safeParse(value);
      if (!parsed.success) {
        proof.skipped += 1;
        continue;
      }
      proof.read += 1;
      batch.push({ day, record: parsed.data });
      if (batch.length >= BATCH_ROWS) await flush();
    }
    if (batch.length > 0) await flush();
  }
  log(`proof of display: ${proof.days} days, ${proof.read} rows read, ${proof.inserted} new, ${proof.skipped} unreadable lines skipped`);

  const kept = await fileSentSlides(path.join(proofDir, 'sent-slides.json')).load();
  await pgSentSlides(pool, clock, { unitId }).save(kept);
  const sentSlides = { screens: Object.keys(kept).length, slides: Object.values(kept).reduce((n, s) => n + Object.keys(s).length, 0) };
  log(`sent-slide memory: ${sentSlides.screens} screens, ${sentSlides.slides} slides (older than a week are not kept)`);

  const failedLogins = { read: 0, inserted: 0, skipped: 0 };
  const loginFile = path.join(dataDir, 'failed-logins.jsonl');
  // The rotated file holds the older rows: oldest first, so ids keep the order.
  for (const file of [`${loginFile}.1`, loginFile]) {
    if (!(await exists(file))) continue;
    for await (const value of jsonLines(file)) {
      const parsed = failedLogin.safeParse(value);
      if (!parsed.success) {
        failedLogins.skipped += 1;
        continue;
      }
      failedLogins.read += 1;
      const row = parsed.data;
      const result = await pool.query(
        `INSERT INTO failed_logins (unit_id, at, username, address, reason)
         SELECT $1, $2, $3, $4, $5
          WHERE NOT EXISTS (SELECT 1 FROM failed_logins WHERE at = $2 AND username = $3 AND address = $4 AND reason = $5)`,
        [unitId, row.at, row.username, row.address, row.reason],
      );
      failedLogins.inserted += result.rowCount ?? 0;
    }
  }
  log(`refused logins: ${failedLogins.read} rows read, ${failedLogins.inserted} new, ${failedLogins.skipped} unreadable lines skipped`);
  return { proof, sentSlides, failedLogins };
}
