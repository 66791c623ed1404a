import { promises as fs } from 'node:fs';
import path from 'node:path';
import { database, issuesToDetails, type Database } from '@bangtin/shared';
import { Low, Memory } from 'lowdb';
import { DurableJsonFile, removeStaleTempFiles } from './durableJsonFile.ts';
import { JsonStore } from './jsonStore.ts';
import { StoreLoadError } from './loadError.ts';
import { migrate } from './migrations.ts';

export const DB_FILE_NAME = 'db.json';

export interface OpenedStore {
  store: JsonStore;
  /** True when the file did not exist and `seed` filled it. */
  seeded: boolean;
  migratedFrom: number | null;
  /** Temp files of a killed earlier process, removed before the file was read. */
  removedTempFiles: string[];
  /** When the file began with a UTF-8 byte-order mark (Notepad): where the untouched original was kept. */
  bomBackup: string | null;
}

/** U+FEFF as the first character: what Windows Notepad writes when it saves UTF-8. */
const BOM = '\uFEFF';

/**
 * The whole database is validated once per opening, so zod's eval fast path (a `new Function` compiled per object
 * schema on its first parse) never pays back here: measured on the seeded file, the first parse took 65 → 26 CPU-ms
 * and each later one 1.3 → 1.0 ms without it. Same checks, same result; a schema parsed often elsewhere still gets
 * its fast path there, on its own first parse.
 */
const ONCE = { jitless: true } as const;

/** Parses, migrates and validates the file's text; any problem becomes a StoreLoadError naming the file (also db:import's check). */
export function parseDatabase(filePath: string, text: string): { data: Database; migratedFrom: number | null } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new StoreLoadError(filePath, `it is not valid JSON (${(error as Error).message})`);
  }
  const migrated = migrate(raw);
  if (!migrated.ok) throw new StoreLoadError(filePath, migrated.problem);
  const parsed = database.safeParse(migrated.data, ONCE);
  if (!parsed.success) {
    const details = issuesToDetails(parsed.error.issues)
      .slice(0, 5)
      .map((d) => `${d.path || '(root)'}: ${d.message}`)
      .join('; ');
    throw new StoreLoadError(filePath, `it does not match the expected shape (${details})`);
  }
  return { data: parsed.data, migratedFrom: migrated.migratedFrom };
}

/**
 * Opens DATA_DIR/db.json. A missing file is created from `seed()` (first start only); an unreadable,
 * corrupt or invalid file stops the start with a StoreLoadError and is never replaced or overwritten.
 */
export async function openFileStore(dataDir: string, seed: () => Promise<Database>): Promise<OpenedStore> {
  await fs.mkdir(dataDir, { recursive: true });
  const filePath = path.join(dataDir, DB_FILE_NAME);
  const adapter = new DurableJsonFile<Database>(filePath, (text) => parseDatabase(filePath, text).data);

  const removedTempFiles = await removeStaleTempFiles(filePath);
  const original = await adapter.readText();
  // A leading BOM is the only repair made on start: the rest of the file must parse and validate as it is.
  const text = original?.startsWith(BOM) ? original.slice(BOM.length) : original;
  let data: Database;
  let migratedFrom: number | null = null;
  let bomBackup: string | null = null;
  if (text === null) {
    data = database.parse(await seed(), ONCE);
  } else {
    ({ data, migratedFrom } = parseDatabase(filePath, text));
    // Keep the original next to the rewritten file, so a repair or an upgrade can always be undone by hand.
    if (text !== original) await fs.copyFile(filePath, (bomBackup = `${filePath}.with-bom.bak`));
    if (migratedFrom !== null) await fs.copyFile(filePath, `${filePath}.before-migration-v${migratedFrom}.bak`);
  }
  const seeded = text === null;
  const low = new Low<Database>(adapter, data);
  if (seeded || migratedFrom !== null || bomBackup !== null) await low.write();
  return { store: new JsonStore(low), seeded, migratedFrom, removedTempFiles, bomBackup };
}

/** An in-memory store for unit and integration tests (nothing touches the disk). */
export function openMemoryStore(data: Database): JsonStore {
  const low = new Low<Database>(new Memory<Database>(), database.parse(data, ONCE));
  return new JsonStore(low);
}
