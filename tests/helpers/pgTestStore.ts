import { database, type Database } from '@bangtin/shared';
import { migrateDatabase } from '../../server/src/store/pg/migrate.ts';
import { writeDatabase } from '../../server/src/store/pg/pgDatabase.ts';
import { PgStore } from '../../server/src/store/pg/pgStore.ts';
import { createPgPool, inTransaction } from '../../server/src/store/pg/pool.ts';
import { DEFAULT_UNIT_ID } from '../../server/src/store/pg/unit.ts';
import { createTestDatabase } from './postgres.ts';
import { REPO_ROOT } from './serverProcess.ts';

/** A new database in the run's cluster, migrated: its URL. */
export async function createMigratedDatabase(clusterUrl: string): Promise<string> {
  const url = await createTestDatabase(clusterUrl);
  await migrateDatabase(url, REPO_ROOT);
  return url;
}

/** A PgStore on its own pool (closed with the store), holding `data` in `unitId` (written as db:import writes it). */
export async function openPgTestStore(databaseUrl: string, data: Database | null, unitId = DEFAULT_UNIT_ID): Promise<PgStore> {
  const pool = createPgPool(databaseUrl, { max: 4 });
  if (data) await inTransaction(pool, (client) => writeDatabase(client, unitId, database.parse(data)));
  return new PgStore(pool, unitId);
}
