import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { pendingMigrations } from '../store/pg/migrate.ts';
import { loadPg } from '../store/pg/pool.ts';

/** Why a process is not ready; each has a Vietnamese message for people and an English detail for the operator. */
export type NotReadyCode = 'DRAINING' | 'STORE_UNAVAILABLE' | 'DATABASE_UNREACHABLE' | 'MIGRATIONS_PENDING';

export type Readiness = { ready: true; store: 'file' | 'postgres' | 'memory' } | { ready: false; code: NotReadyCode; message: string; detail: string };

/**
 * Whether this process's store is usable right now: what `/readyz` answers. Cheap (a file access check, or one
 * `select 1` plus a cached migration check) and never carries a secret (no URL, no driver message: only error codes).
 */
export interface ReadinessCheck {
  check(): Promise<Readiness>;
  close?(): Promise<void>;
}

/** Nothing to check (in-memory store in tests and benchmarks): ready until the app drains. */
export const alwaysReady: ReadinessCheck = { check: async () => ({ ready: true, store: 'memory' }) };

/** Only the error's code (ENOENT, EACCES, ECONNREFUSED, 28P01 …): never its message, which may name a path, host or user. */
const codeOf = (error: unknown): string => {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[A-Z0-9_]{1,32}$/.test(code) ? code : error instanceof Error && error.name === 'TimeoutError' ? 'TIMEOUT' : 'UNKNOWN';
};

/**
 * The JSON store: DATA_DIR must be writable (every save writes a temp file there and renames it) and db.json
 * readable and writable. A data folder on a share that went away, or whose permissions changed, makes the process not
 * ready, so the proxy sends people to a process that can still save.
 */
export function fileStoreReadiness(dataDir: string, fileName = 'db.json'): ReadinessCheck {
  return {
    async check() {
      try {
        await fs.access(dataDir, constants.W_OK | constants.X_OK);
        await fs.access(path.join(dataDir, fileName), constants.R_OK | constants.W_OK);
        return { ready: true, store: 'file' };
      } catch (error) {
        return {
          ready: false,
          code: 'STORE_UNAVAILABLE',
          message: 'Không đọc/ghi được tệp dữ liệu của máy chủ.',
          detail: `data file not readable/writable (${codeOf(error)}): check DATA_DIR, its disk and its permissions`,
        };
      }
    },
  };
}

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' })), ms).unref();
    }),
  ]);

/**
 * PostgreSQL: the database answers `select 1` (on a one-connection pool of its own, so a busy store pool does not hide
 * an outage and a probe never takes a connection the store needs), and no migration is pending (node-pg-migrate's
 * dry run, remembered for `migrationsCacheMs` once it found none: files do not change under a running process).
 */
export function pgReadiness(
  databaseUrl: string,
  repoRoot: string,
  options: { timeoutMs?: number; migrationsCacheMs?: number; now?: () => number } = {},
): ReadinessCheck {
  const timeoutMs = options.timeoutMs ?? 2000;
  const cacheMs = options.migrationsCacheMs ?? 30_000;
  const now = options.now ?? Date.now;
  const pool = new (loadPg().Pool)({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: timeoutMs, idleTimeoutMillis: 60_000, application_name: 'bangtin-readyz' });
  pool.on('error', () => undefined);
  let migrationsCheckedAt: number | null = null;
  let running: Promise<Readiness> | null = null;

  async function checkOnce(): Promise<Readiness> {
    try {
      await withTimeout(pool.query('select 1'), timeoutMs);
    } catch (error) {
      return {
        ready: false,
        code: 'DATABASE_UNREACHABLE',
        message: 'Máy chủ không kết nối được cơ sở dữ liệu.',
        detail: `PostgreSQL did not answer (${codeOf(error)}): check DATABASE_URL and that the database server is running`,
      };
    }
    if (migrationsCheckedAt !== null && now() - migrationsCheckedAt < cacheMs) return { ready: true, store: 'postgres' };
    let pending: string[];
    try {
      pending = await withTimeout(pendingMigrations(databaseUrl, repoRoot), timeoutMs * 2);
    } catch (error) {
      return {
        ready: false,
        code: 'DATABASE_UNREACHABLE',
        message: 'Máy chủ không kiểm tra được phiên bản cơ sở dữ liệu.',
        detail: `could not read the applied migrations (${codeOf(error)})`,
      };
    }
    if (pending.length > 0) {
      migrationsCheckedAt = null;
      return {
        ready: false,
        code: 'MIGRATIONS_PENDING',
        message: 'Cơ sở dữ liệu chưa được cập nhật lên phiên bản mới.',
        detail: `${pending.length} migration(s) not applied (${pending.slice(0, 5).join(', ')}${pending.length > 5 ? ', …' : ''}): run \`npm run db:migrate\``,
      };
    }
    migrationsCheckedAt = now();
    return { ready: true, store: 'postgres' };
  }

  return {
    // Probes arriving together share one check.
    check() {
      running ??= checkOnce().finally(() => (running = null));
      return running;
    },
    close: () => pool.end(),
  };
}
