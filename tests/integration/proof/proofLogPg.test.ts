import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createPgProofLog } from '../../../server/src/proof/pgProofLog.ts';
import { migrateDatabase } from '../../../server/src/store/pg/migrate.ts';
import { createPgPool } from '../../../server/src/store/pg/pool.ts';
import { manualClock } from '../../../server/src/clock.ts';
import { createTestDatabase } from '../../helpers/postgres.ts';
import { describeProofLogContract, play, TIMEZONE } from './proofLogContract.ts';

const clusterUrl = inject('pgClusterUrl');
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** One database for the file, emptied between tests; each `open` is a new pool, as a separate process would have. */
let database: Promise<string> | null = null;
const migrated = () =>
  (database ??= createTestDatabase(clusterUrl!, 'proof').then(async (url) => {
    await migrateDatabase(url, repoRoot);
    return url;
  }));

async function pgStorage() {
  const url = await migrated();
  const pools: pg.Pool[] = [];
  const admin = createPgPool(url, { max: 1 });
  await admin.query('TRUNCATE proof_records');
  return {
    open: (clock: Parameters<typeof createPgProofLog>[1]) => {
      const pool = createPgPool(url, { max: 2 });
      pools.push(pool);
      return createPgProofLog(pool, clock, TIMEZONE);
    },
    dispose: async () => {
      await Promise.all([...pools, admin].map((p) => p.end()));
    },
    admin,
  };
}

describe.skipIf(!clusterUrl)(`PostgreSQL proof of display ${inject('pgUnavailable') ?? ''}`, () => {
  describeProofLogContract('PostgreSQL (every process shares it)', pgStorage);

  it('drops whole months past the limit, makes the coming months ahead, and a resend is one row', async () => {
    const held = await pgStorage();
    try {
      const clock = manualClock(new Date('2025-09-15T03:00:00Z'));
      const log = held.open(clock);
      await log.append('gate', [play('old', '2025-09-15T02:00:00.000Z')]);
      clock.set(new Date('2026-11-28T03:00:00Z'));
      await log.append('gate', [play('new', '2026-11-28T02:00:00.000Z'), play('new', '2026-11-28T02:00:00.000Z')]);
      const partitions = async () =>
        (
          await held.admin.query<{ name: string }>(
            "SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'proof_records'::regclass ORDER BY 1",
          )
        ).rows.map((r) => r.name);
      expect(await partitions()).toContain('proof_records_2025_09');
      expect(await log.prune()).toBe(1);
      const after = await partitions();
      expect(after).not.toContain('proof_records_2025_09');
      expect(after).toEqual(expect.arrayContaining(['proof_records_2026_11', 'proof_records_2026_12']));
      expect((await held.admin.query('SELECT count(*)::int AS n FROM proof_records')).rows[0]).toEqual({ n: 1 });
      await log.close();
    } finally {
      await held.dispose();
    }
  });
});
