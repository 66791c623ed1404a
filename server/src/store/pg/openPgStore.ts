import { database, type Database } from '@bangtin/shared';
import type pg from 'pg';
import { DatabaseUnavailableError } from './databaseUrl.ts';
import { migrateDatabase } from './migrate.ts';
import { PgStore } from './pgStore.ts';
import { unitIsEmpty, writeDatabase } from './pgDatabase.ts';
import { createPgPool, inTransaction } from './pool.ts';
import { DEFAULT_UNIT_ID } from './unit.ts';

export interface OpenedPgStore {
  store: PgStore;
  /** True when the unit was empty and `seed` filled it (first start only, even with several processes starting). */
  seeded: boolean;
  /** Migrations this start applied (empty when the database was current). */
  appliedMigrations: string[];
  // The file store's start-up notes, always empty here: main.ts reads either store's result the same way.
  migratedFrom: null;
  removedTempFiles: string[];
  bomBackup: null;
}

/**
 * Opens the PostgreSQL store (DATABASE_URL set): applies pending migrations, seeds an empty unit from `seed()` in one
 * transaction, and returns a PgStore on `pool` (the process's one pool, left open on close) or on a pool of its own
 * (ended on close). An unreachable database or a failed migration stops the start with
 * a DatabaseUnavailableError (the password never printed).
 */
export async function openPgStore(options: {
  databaseUrl: string;
  repoRoot: string;
  seed: () => Promise<Database>;
  unitId?: string;
  log?: (message: string) => void;
  /** The process's shared pool (main.ts); without it the store opens and owns one. */
  pool?: pg.Pool;
}): Promise<OpenedPgStore> {
  const { databaseUrl, unitId = DEFAULT_UNIT_ID } = options;
  let appliedMigrations: string[];
  try {
    ({ applied: appliedMigrations } = await migrateDatabase(databaseUrl, options.repoRoot, options.log));
  } catch (error) {
    throw new DatabaseUnavailableError(databaseUrl, error instanceof Error ? error.message : String(error));
  }
  const ownsPool = !options.pool;
  const pool = options.pool ?? createPgPool(databaseUrl);
  try {
    const seeded = await seedEmptyUnit(pool, unitId, options.seed);
    return { store: new PgStore(pool, unitId, { ownsPool }), seeded, appliedMigrations, migratedFrom: null, removedTempFiles: [], bomBackup: null };
  } catch (error) {
    if (ownsPool) await pool.end();
    throw error;
  }
}

/** Processes starting together take turns (an advisory lock per unit): exactly one of them seeds (also a new child unit). */
export async function seedEmptyUnit(pool: pg.Pool, unitId: string, seed: () => Promise<Database>): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    await client.query("select pg_advisory_xact_lock(hashtextextended('bangtin:seed:' || $1, 0))", [unitId]);
    if (!(await unitIsEmpty(client, unitId))) return false;
    await writeDatabase(client, unitId, database.parse(await seed()));
    return true;
  });
}
