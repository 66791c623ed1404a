// `npm run db:migrate`: applies pending migrations to DATABASE_URL and names each one applied.
import { fileURLToPath } from 'node:url';
import { redactDatabaseUrl } from '../databaseUrl.ts';
import { migrateDatabase } from '../migrate.ts';

const repoRoot = fileURLToPath(new URL('../../../../..', import.meta.url));
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write('Set DATABASE_URL=postgres://user:password@host:5432/database first.\n');
  process.exit(2);
}
try {
  const { applied } = await migrateDatabase(databaseUrl, repoRoot);
  process.stdout.write(
    applied.length === 0
      ? `${redactDatabaseUrl(databaseUrl)}: already up to date, nothing applied.\n`
      : `${redactDatabaseUrl(databaseUrl)}: applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}\n`).join('')}`,
  );
} catch (error) {
  process.stderr.write(`Migrating ${redactDatabaseUrl(databaseUrl)} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
