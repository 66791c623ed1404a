// `npm run db:import -- <path to db.json> [--unit <id>] [--replace]`: moves a school's data file into PostgreSQL.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { StoreLoadError } from '../../loadError.ts';
import { redactDatabaseUrl } from '../databaseUrl.ts';
import { importDatabase, readDatabaseFile } from '../importJson.ts';
import { migrateDatabase } from '../migrate.ts';
import { createPgPool } from '../pool.ts';
import { DEFAULT_UNIT_ID } from '../unit.ts';

const repoRoot = fileURLToPath(new URL('../../../../..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { unit: { type: 'string', default: DEFAULT_UNIT_ID }, replace: { type: 'boolean', default: false } },
});
const databaseUrl = process.env.DATABASE_URL;
const file = positionals[0];
if (!databaseUrl || !file) {
  process.stderr.write('Usage: DATABASE_URL=postgres://… npm run db:import -- <path to db.json> [--unit <id>] [--replace]\n');
  process.exit(2);
}
// npm runs scripts from the repo root; a relative path means the folder the command was typed in.
const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

let exitCode = 0;
try {
  const data = await readDatabaseFile(filePath);
  await migrateDatabase(databaseUrl, repoRoot);
  const pool = createPgPool(databaseUrl, { max: 2, applicationName: 'bangtin-import' });
  try {
    const { rows, mismatches } = await importDatabase(pool, values.unit, data, { replace: values.replace });
    process.stdout.write(`${filePath} → ${redactDatabaseUrl(databaseUrl)} (unit ${values.unit})\n`);
    process.stdout.write(`  ${'list'.padEnd(16)} ${'in file'.padStart(8)} ${'written'.padStart(8)} ${'in db'.padStart(8)}\n`);
    for (const r of rows) {
      const mark = r.inFile === r.inDatabase ? '' : '  ← differs';
      process.stdout.write(`  ${r.key.padEnd(16)} ${String(r.inFile).padStart(8)} ${String(r.changed).padStart(8)} ${String(r.inDatabase).padStart(8)}${mark}\n`);
    }
    if (mismatches.length > 0) {
      process.stderr.write(`The database does not match the file for: ${mismatches.join(', ')}. ` + 'If the unit held other data first (the demo content of a first start), run again with --replace.\n');
      exitCode = 1;
    } else process.stdout.write('Every count matches.\n');
  } finally {
    await pool.end();
  }
} catch (error) {
  const message = error instanceof StoreLoadError ? error.message : `Import failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  exitCode = 1;
}
process.exit(exitCode);
