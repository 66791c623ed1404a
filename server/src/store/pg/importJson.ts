import { promises as fs } from 'node:fs';
import type { Database } from '@bangtin/shared';
import { StoreLoadError } from '../loadError.ts';
import { parseDatabase } from '../openStore.ts';
import { countsOfFile, countsOfUnit, LIST_KEYS, writeDatabase, type Counts } from './pgDatabase.ts';
import { inTransaction } from './pool.ts';
import { KEYED_TABLES } from './tables.ts';
import type pg from 'pg';

/** Reads a db.json exactly as the file store loads it at start: BOM tolerated, migrated, validated by the `database` schema. */
export async function readDatabaseFile(filePath: string): Promise<Database> {
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    throw new StoreLoadError(filePath, `it cannot be read (${(error as Error).message})`);
  }
  return parseDatabase(filePath, text.replace(/^\uFEFF/, '')).data;
}

export interface ImportResult {
  /** Per list: rows in the file, rows added or changed by this run, rows in the unit afterwards. */
  rows: { key: string; inFile: number; changed: number; inDatabase: number }[];
  /** Lists whose database count differs from the file's (the import did not land as a whole, or the unit held more). */
  mismatches: string[];
}

const ALL_TABLES = [...Object.values(KEYED_TABLES), 'sessions', 'audit', 'lookups', 'failed_searches', 'unit_settings'];

/**
 * Writes `data` into one unit in one transaction (upsert by id: a second run changes nothing), then counts every list in
 * the database and compares with the file. With `replace`, the unit's rows are deleted first in the same transaction
 * (the demo content a first start seeded, say); without it, rows the file lacks stay and show up as mismatches.
 */
export async function importDatabase(pool: pg.Pool, unitId: string, data: Database, options: { replace?: boolean } = {}): Promise<ImportResult> {
  const changed: Counts = await inTransaction(pool, async (client) => {
    // The same lock a starting server takes before seeding an empty unit: the two never interleave.
    await client.query("select pg_advisory_xact_lock(hashtextextended('bangtin:seed:' || $1, 0))", [unitId]);
    if (options.replace) for (const table of ALL_TABLES) await client.query(`delete from ${table} where unit_id = $1`, [unitId]);
    return writeDatabase(client, unitId, data);
  });
  const inFile = countsOfFile(data);
  const inDatabase = await countsOfUnit(pool, unitId);
  const rows = LIST_KEYS.map((key) => ({ key, inFile: inFile[key], changed: changed[key], inDatabase: inDatabase[key] }));
  return { rows, mismatches: rows.filter((r) => r.inFile !== r.inDatabase).map((r) => r.key) };
}
