import { calendarDate, type ProofEntry } from '@bangtin/shared';
import type pg from 'pg';
import type { Clock } from '../clock.ts';
import { DEFAULT_UNIT_ID } from '../store/pg/unit.ts';
import { groupCommit } from './groupCommit.ts';
import { collect, type ProofLog, type ProofRecord, type ProofStreamFilter, type ProofTotalsRange, type ProofTotalsRow } from './proofLog.ts';
import { inTransaction } from '../store/pg/pool.ts';

/** Rows read per round trip while streaming a day: bounded memory however large the day (~1 M rows at 100 screens). */
const PAGE_ROWS = 5_000;

export interface PendingRow {
  day: string;
  record: ProofRecord;
}

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;

/**
 * One statement for any number of rows (arrays through unnest: eight parameters whatever the batch size); a row whose
 * (day, screen, start, slide) is already there is skipped. Resolves to how many rows were new. The months must exist.
 */
export async function insertProofRows(pool: pg.Pool, unitId: string, rows: readonly PendingRow[]): Promise<number> {
  const result = await pool.query(
    `INSERT INTO proof_records (unit_id, received_day, screen_id, started_at, slide_id, received_at, duration_ms, record)
     SELECT $1, * FROM unnest($2::date[], $3::text[], $4::timestamptz[], $5::text[], $6::timestamptz[], $7::int[], $8::jsonb[])
     ON CONFLICT DO NOTHING`,
    [
      unitId,
      rows.map((r) => r.day),
      rows.map((r) => r.record.screenId),
      rows.map((r) => r.record.startedAt),
      rows.map((r) => r.record.slideId),
      rows.map((r) => r.record.receivedAt),
      rows.map((r) => r.record.durationMs),
      rows.map((r) => JSON.stringify(r.record)),
    ],
  );
  return result.rowCount ?? 0;
}

/** Makes the month partition of `day` if it is missing (idempotent, safe from several processes at once). */
export async function ensureProofMonth(pool: pg.Pool, day: string): Promise<void> {
  await pool.query('SELECT proof_ensure_partition($1::date)', [firstOfMonth(day)]);
}

/**
 * Proof of display in PostgreSQL (server/migrations/0010_proof.sql): the same contract as the day files, shared by every
 * process on the database. Appends from all kiosks are group-committed (one INSERT … SELECT FROM unnest(…) carries every
 * batch that queued while the previous statement ran); a resent batch hits the unique key and is not stored twice. The
 * day is the day of receipt in `timezone`, as in the file log, and so is retention.
 */
export function createPgProofLog(
  pool: pg.Pool,
  clock: Clock,
  timezone: string,
  { keepDays = 400, unitId = DEFAULT_UNIT_ID }: { keepDays?: number; unitId?: string } = {},
): ProofLog {
  /** Months this process knows have a partition (each process asks once per month). */
  const months = new Set<string>();
  const ensureMonth = async (day: string) => {
    const month = firstOfMonth(day);
    if (months.has(month)) return;
    await ensureProofMonth(pool, month);
    months.add(month);
  };

  const writer = groupCommit<PendingRow>(async (rows) => {
    for (const day of new Set(rows.map((r) => r.day))) await ensureMonth(day);
    await insertProofRows(pool, unitId, rows);
  });

  async function* stream(day: string, filter: ProofStreamFilter = {}): AsyncIterable<ProofRecord> {
    // Keyset pages along the unique index (screen, start, slide): no cursor holds a connection between pages.
    let after: [string, string, string] = ['', '-infinity', ''];
    for (;;) {
      // Two texts rather than "($3 IS NULL OR screen_id = $3)": each gets its own plan along the index.
      const { rows } = await pool.query<{ record: ProofRecord; screen_id: string; started: string; slide_id: string }>(
        `SELECT record, screen_id, to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS started, slide_id
           FROM proof_records
          WHERE received_day = $1::date AND unit_id = $2 ${filter.screenId === undefined ? '' : 'AND screen_id = $6'}
            AND (screen_id, started_at, slide_id) > ($3, $4::timestamptz, $5)
          ORDER BY screen_id, started_at, slide_id
          LIMIT ${PAGE_ROWS}`,
        [day, unitId, ...after, ...(filter.screenId === undefined ? [] : [filter.screenId])],
      );
      for (const row of rows) yield row.record;
      const last = rows.at(-1);
      if (!last || rows.length < PAGE_ROWS) return;
      after = [last.screen_id, last.started, last.slide_id];
    }
  }

  return {
    append(screenId: string, entries: readonly ProofEntry[]) {
      const now = clock.now();
      const receivedAt = now.toISOString();
      const day = calendarDate(now, timezone);
      return writer.add(entries.map((e) => ({ day, record: { ...e, screenId, receivedAt, paired: true } })));
    },

    stream,

    readDay: (day, filter) => collect(stream(day, filter)),

    async prune() {
      const now = clock.now();
      const cutoff = calendarDate(new Date(now.getTime() - keepDays * 86_400_000), timezone);
      // The days about to go, counted by skipping along the index (one probe per day, not one per row).
      const { rows: counted } = await pool.query<{ days: string }>(
        `WITH RECURSIVE d(day) AS (
           SELECT min(received_day) FROM proof_records WHERE received_day < $1::date
           UNION ALL
           SELECT (SELECT min(received_day) FROM proof_records WHERE received_day > d.day AND received_day < $1::date) FROM d WHERE d.day IS NOT NULL
         ) SELECT count(day) AS days FROM d`,
        [cutoff],
      );
      // Whole months before the cutoff's month go with DROP TABLE; the rest of the cutoff's month row by row.
      const { rows: old } = await pool.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = 'proof_records'::regclass AND c.relname ~ '^proof_records_[0-9]{4}_[0-9]{2}$'
            AND to_date(substr(c.relname, 15), 'YYYY_MM') < $1::date`,
        [firstOfMonth(cutoff)],
      );
      for (const { name } of old) {
        await pool.query(`DROP TABLE IF EXISTS "${name.replace(/"/g, '')}"`);
        months.delete(`${name.slice(14, 18)}-${name.slice(19, 21)}-01`);
      }
      await pool.query('DELETE FROM proof_records WHERE received_day < $1::date', [cutoff]);
      // Partitions made ahead: this month and the next, so the first write of a month never waits on DDL.
      const today = calendarDate(now, timezone);
      await ensureMonth(today);
      await ensureMonth(calendarDate(new Date(now.getTime() + 32 * 86_400_000), timezone));
      return Number(counted[0]?.days ?? 0);
    },

    close: () => writer.drain(),

    totals: (range) => proofTotals(pool, unitId, range),
  };
}

/**
 * The report's sums in one statement. A play resent on a later day of receipt is stored once per day of receipt, and
 * must count once. Nearly every play is received the day it started ("on time"): those are unique by the table's key
 * and are summed straight away (a hash aggregate, no sort). Only the others — backlogs received later, a kiosk clock
 * ahead — are de-duplicated (DISTINCT ON, keeping the first received, as streaming day by day did) and dropped when
 * the same play was also received on time (one probe of the unique index each). Measured with
 * tests/bench/proofPg.bench.ts (README, "Triển khai cho cả phường").
 */
async function proofTotals(pool: pg.Pool, unitId: string, range: ProofTotalsRange): Promise<ProofTotalsRow[]> {
  const values: unknown[] = [unitId, range.receivedFrom, range.receivedTo, range.timezone, range.from, range.to];
  const screenFilter = range.screenId === undefined ? '' : `AND screen_id = $${values.push(range.screenId)}`;
  const areas = range.byAreas ? "CASE WHEN jsonb_typeof(record -> 'areas') = 'array' THEN record -> 'areas' END" : 'NULL::jsonb';
  const columns = `screen_id, slide_id, started_at, (started_at AT TIME ZONE $4)::date AS day, duration_ms, (record ->> 'paired') = 'true' AS paired, ${areas} AS areas`;
  const inRange = `unit_id = $1 AND received_day BETWEEN $2::date AND $3::date ${screenFilter}`;
  return inTransaction(pool, async (client) => {
    // A big month's hash aggregate stays in memory instead of spilling to disk.
    await client.query("SET LOCAL work_mem = '64MB'");
    const { rows } = await client.query<{ date: string; screen_id: string; slide_id: string; areas: string[] | null; ms: string; plays: number; paired_ms: string; paired_plays: number }>(
      `WITH on_time AS (
         SELECT ${columns} FROM proof_records WHERE ${inRange} AND received_day = (started_at AT TIME ZONE $4)::date
       ), other AS (
         SELECT DISTINCT ON (screen_id, slide_id, started_at) ${columns}
           FROM proof_records WHERE ${inRange} AND received_day <> (started_at AT TIME ZONE $4)::date
          ORDER BY screen_id, slide_id, started_at, received_day
       ), plays AS (
         SELECT * FROM on_time
         UNION ALL
         SELECT * FROM other o
          WHERE NOT EXISTS (SELECT 1 FROM proof_records t
                             WHERE t.received_day = o.day AND t.screen_id = o.screen_id AND t.started_at = o.started_at AND t.slide_id = o.slide_id AND t.unit_id = $1)
       )
       SELECT to_char(day, 'YYYY-MM-DD') AS date, screen_id, slide_id, areas,
              sum(duration_ms)::bigint AS ms, count(*)::integer AS plays,
              coalesce(sum(duration_ms) FILTER (WHERE paired), 0)::bigint AS paired_ms, count(*) FILTER (WHERE paired)::integer AS paired_plays
         FROM plays
        WHERE day BETWEEN $5::date AND $6::date
        GROUP BY day, screen_id, slide_id, areas`,
      values,
    );
    return rows.map((r) => ({
      date: r.date,
      screenId: r.screen_id,
      contentId: r.slide_id,
      areas: r.areas,
      seconds: Number(r.ms) / 1000,
      plays: r.plays,
      pairedSeconds: Number(r.paired_ms) / 1000,
      pairedPlays: r.paired_plays,
    }));
  });
}
