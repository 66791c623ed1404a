import path from 'node:path';
import type { Unit } from '@bangtin/shared';
import { DurableJsonFile } from '../store/durableJsonFile.ts';
import { StoreLoadError } from '../store/loadError.ts';
import { listDirectory, unitsFile, type UnitDirectory } from './directory.ts';

export const UNITS_FILE_NAME = 'units.json';

/**
 * DATA_DIR/units.json, written like db.json (temp file, fsync, rename, fsync the folder). No file = a single school: the
 * file is made when the first child unit is. A file that does not parse stops the start (never replaced).
 */
export async function openFileDirectory(dataDir: string): Promise<{ directory: UnitDirectory; existed: boolean }> {
  const filePath = path.join(dataDir, UNITS_FILE_NAME);
  const file = new DurableJsonFile<{ units: Unit[] }>(filePath, (text) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new StoreLoadError(filePath, `it is not valid JSON (${(error as Error).message})`);
    }
    const parsed = unitsFile.safeParse(raw);
    if (!parsed.success) throw new StoreLoadError(filePath, `it does not match the expected shape (${parsed.error.issues[0]?.message ?? ''})`);
    return parsed.data;
  });
  const stored = await file.read();
  return { directory: listDirectory(stored?.units ?? [], (units) => file.write({ units })), existed: stored !== null };
}

/** Where a child unit's files live: its own db.json and proof/ folder. */
export const unitDataDir = (dataDir: string, unitId: string) => path.join(dataDir, 'units', unitId);
