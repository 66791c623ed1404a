import path from 'node:path';

/** Where the SQL migrations live: `server/migrations/NNNN_what.sql`, applied in name order, each once. */
export function migrationsDir(repoRoot: string): string {
  return path.join(repoRoot, 'server', 'migrations');
}

/** node-pg-migrate costs ~250 ms of CPU to load: only processes on PostgreSQL (DATABASE_URL) load it, when they migrate. */
const loadRunner = async () => (await import('node-pg-migrate')).runner;

export interface MigrationResult {
  /** Names of the migrations this call applied (empty when the database was already current). */
  applied: string[];
}

/**
 * Applies every pending migration (node-pg-migrate, its own advisory lock: several processes starting together wait for
 * one another instead of racing). Run at start and by `npm run db:migrate`.
 */
export async function migrateDatabase(databaseUrl: string, repoRoot: string, log: (message: string) => void = () => undefined): Promise<MigrationResult> {
  const runner = await loadRunner();
  const done = await runner({
    databaseUrl,
    dir: migrationsDir(repoRoot),
    direction: 'up',
    migrationsTable: 'pgmigrations',
    // Pending migrations commit together or not at all.
    singleTransaction: true,
    checkOrder: true,
    advisoryLockMode: 'wait',
    log,
  });
  return { applied: done.map((m) => m.name) };
}

/** Names of the migration files not yet applied (for /readyz): empty when the database is current. */
export async function pendingMigrations(databaseUrl: string, repoRoot: string): Promise<string[]> {
  const runner = await loadRunner();
  const pending = await runner({
    databaseUrl,
    dir: migrationsDir(repoRoot),
    direction: 'up',
    migrationsTable: 'pgmigrations',
    dryRun: true,
    noLock: true,
    log: () => undefined,
  });
  return pending.map((m) => m.name);
}
