import { CURRENT_SCHEMA_VERSION } from '@bangtin/shared';
import { migrateToV2 } from './migrationV2.ts';

/**
 * Migrations from each older schemaVersion to the next, applied in order on load (the original is kept as
 * db.json.before-migration-vN.bak). The next change to the stored shape adds `N: (db) => …` here and bumps
 * CURRENT_SCHEMA_VERSION in shared/src/schemas/database.ts.
 */
export const migrations: Record<number, (db: Record<string, unknown>) => Record<string, unknown>> = {
  /** Slug-named screen groups get readable names; accounts get an (empty) e-mail address. */
  2: migrateToV2,
};

export type MigrationResult =
  | { ok: true; data: unknown; migratedFrom: number | null }
  | { ok: false; problem: string };

export function migrate(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: 'the top level is not a JSON object' };
  }
  let db = raw as Record<string, unknown>;
  const version = db.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'schemaVersion is missing or not a positive integer' };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      problem: `schemaVersion ${version} was written by a newer Bảng tin (this one reads up to ${CURRENT_SCHEMA_VERSION})`,
    };
  }
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = migrations[v + 1];
    if (!step) return { ok: false, problem: `no migration from schemaVersion ${v} to ${v + 1}` };
    db = { ...step(db), schemaVersion: v + 1 };
  }
  return { ok: true, data: db, migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version };
}
