// Proof of display in PostgreSQL (issue #15): insert throughput when 1,000 kiosks report, and report time over
// 100 screens × 30 days. `npx tsx tests/bench/proofPg.bench.ts` (a throwaway cluster; or DATABASE_URL=postgres://… of an
// empty database). PLAYS_PER_DAY (default 600: a slide a minute for 10 school hours) sets the report's data size.
import { fileURLToPath } from 'node:url';
import type { ProofEntry } from '@bangtin/shared';
import { manualClock } from '../../server/src/clock.ts';
import { createPgProofLog, ensureProofMonth, insertProofRows, type PendingRow } from '../../server/src/proof/pgProofLog.ts';
import { collectProofRows } from '../../server/src/proof/proofReport.ts';
import { migrateDatabase } from '../../server/src/store/pg/migrate.ts';
import { createPgPool } from '../../server/src/store/pg/pool.ts';
import type { Store } from '../../server/src/store/store.ts';
import { createTestDatabase, startPgCluster } from '../helpers/postgres.ts';

const TIMEZONE = 'Asia/Ho_Chi_Minh';
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const playsPerDay = Number(process.env.PLAYS_PER_DAY ?? 600);
const cluster = process.env.DATABASE_URL ? null : await startPgCluster();
const url = process.env.DATABASE_URL ?? (await createTestDatabase(cluster!.url, 'bench'));
await migrateDatabase(url, repoRoot);
const pool = createPgPool(url, { max: 4 });
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(1);
const play = (slideId: string, at: number): ProofEntry => ({ slideId, version: 'v1', startedAt: new Date(at).toISOString(), durationMs: 10_000 });

try {
  // 1. 1,000 kiosks report through one process's log (pool of 4, group commit), as the display does: a batch per slide.
  const clock = manualClock(new Date('2026-11-28T03:00:00Z'));
  const log = createPgProofLog(pool, clock, TIMEZONE);
  for (const [label, rounds, perBatch] of [
    ['1,000 screens × 1 row per report, 20 rounds', 20, 1],
    ['1,000 screens back from an outage: 1 batch of 500 rows each', 1, 500],
  ] as const) {
    const latencies: number[] = [];
    const started = performance.now();
    for (let round = 0; round < rounds; round++) {
      await Promise.all(
        Array.from({ length: 1000 }, async (_, screen) => {
          const t0 = performance.now();
          const base = Date.parse('2026-11-28T01:00:00Z') + (round * perBatch + (label.includes('outage') ? 100_000 : 0)) * 10_000;
          await log.append(`screen-${screen}`, Array.from({ length: perBatch }, (_, i) => play(`slide-${i % 20}`, base + i * 10_000)));
          latencies.push(performance.now() - t0);
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const rows = 1000 * rounds * perBatch;
    console.log(`${label}: ${(1000 * rounds / seconds).toFixed(0)} reports/s, ${(rows / seconds).toFixed(0)} rows/s; append p50 ${percentile(latencies, 0.5)} ms, p99 ${percentile(latencies, 0.99)} ms`);
  }
  await pool.query('TRUNCATE proof_records');

  // 2. 100 screens × 30 days (+ the 7 late days the report reads), loaded in 5,000-row statements (db:import's path).
  const firstDay = Date.parse('2026-10-01T00:00:00+07:00');
  const loadStart = performance.now();
  let loaded = 0;
  for (let d = 0; d < 30; d++) {
    const day = new Date(firstDay + d * 86_400_000 + 12 * 3600_000).toISOString().slice(0, 10);
    await ensureProofMonth(pool, day);
    let batch: PendingRow[] = [];
    for (let screen = 0; screen < 100; screen++) {
      for (let i = 0; i < playsPerDay; i++) {
        const at = firstDay + d * 86_400_000 + 7 * 3600_000 + i * Math.floor((10 * 3600_000) / playsPerDay);
        batch.push({ day, record: { ...play(`slide-${i % 40}`, at), screenId: `screen-${screen}`, receivedAt: new Date(at + 5_000).toISOString(), paired: true } });
        if (batch.length === 5_000) {
          loaded += await insertProofRows(pool, 'root', batch);
          batch = [];
        }
      }
    }
    if (batch.length > 0) loaded += await insertProofRows(pool, 'root', batch);
  }
  const loadSeconds = (performance.now() - loadStart) / 1000;
  console.log(`loaded ${loaded.toLocaleString('en')} rows (100 screens × 30 days × ${playsPerDay}) in ${loadSeconds.toFixed(1)} s: ${(loaded / loadSeconds).toFixed(0)} rows/s`);
  await pool.query('VACUUM ANALYZE proof_records');
  const size = await pool.query<{ size: string }>("SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS size FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'proof_records'::regclass");
  console.log(`on disk (tables + index): ${size.rows[0]!.size}`);

  const store: Pick<Store, 'getSchool'> = { getSchool: async () => ({ timezone: TIMEZONE }) as Awaited<ReturnType<Store['getSchool']>> };
  const reportClock = manualClock(new Date('2026-12-15T03:00:00Z'));
  const reader = createPgProofLog(pool, reportClock, TIMEZONE);
  // Each report REPORT_ROUNDS times (default 3; the median printed) summed in SQL, then streamed through JavaScript (the
  // way before the sums moved into SQL: the same log without its `totals`).
  const rounds = Number(process.env.REPORT_ROUNDS ?? 3);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [way, proofLog] of [
    ['SQL GROUP BY', reader],
    ['streamed to JavaScript', { ...reader, totals: undefined }],
  ] as const) {
    for (const [label, query] of [
      ['report: whole month, all screens', { from: '2026-10-01', to: '2026-10-30' }],
      ['report: whole month, one screen', { from: '2026-10-01', to: '2026-10-30', screenId: 'screen-7' }],
      ['report: one day, all screens', { from: '2026-10-15', to: '2026-10-15' }],
    ] as const) {
      const times: number[] = [];
      let plays = 0;
      for (let round = 0; round < rounds; round++) {
        const t0 = performance.now();
        const { rows } = await collectProofRows({ store, proofLog, clock: reportClock }, query);
        times.push((performance.now() - t0) / 1000);
        plays = 0;
        for (const t of rows.values()) plays += t.plays;
      }
      console.log(`${way}, ${label}: ${plays.toLocaleString('en')} plays; median ${median(times).toFixed(2)} s of ${rounds} (${times.map((t) => t.toFixed(2)).join(', ')})`);
    }
  }
} finally {
  await pool.end();
  await cluster?.stop();
}
