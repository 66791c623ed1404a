import { createRequire } from 'node:module';
import type pg from 'pg';
import { ConfigError } from '../../config.ts';

/**
 * pg itself, required on the first pool: a server on its data file (no DATABASE_URL) never loads it (~90 ms of CPU per
 * start). Synchronous, so opening a pool stays synchronous for its callers.
 */
const require = createRequire(import.meta.url);
export const loadPg = (): typeof pg => require('pg') as typeof pg;

/**
 * Connections one process may hold at most (`PG_POOL_MAX`). 16 covers the store's requests, the proof writer's group
 * commit (two statements at a time), the cluster's presence/pairing/claims and the adapter's LISTEN connection (held
 * for good); three processes then hold ≤ 3 × (16 + 1 readiness probe + 1 migration check) = 54 of PostgreSQL's default
 * max_connections of 100.
 */
export const DEFAULT_PG_POOL_MAX = 16;

/** PG_POOL_MAX from the environment: a whole number 4–500 (the adapter's LISTEN alone keeps one), or the default. */
export function pgPoolMaxFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.PG_POOL_MAX?.trim();
  if (!raw) return DEFAULT_PG_POOL_MAX;
  const max = Number(raw);
  if (!Number.isInteger(max) || max < 4 || max > 500) {
    throw new ConfigError(`Invalid configuration:\n  PG_POOL_MAX: must be a whole number from 4 to 500 (connections per process), got "${raw}"`);
  }
  return max;
}

/**
 * The process's one pool (main.ts, DATABASE_URL set): the store, proof of display, refused logins, two-factor tickets
 * and the cluster all borrow from it, so one setting bounds what a process asks of PostgreSQL. Only `/readyz` keeps a
 * one-connection pool of its own (a busy pool must not hide or cause an outage reading).
 */
export function openProcessPool(databaseUrl: string, env: NodeJS.ProcessEnv): pg.Pool {
  return createPgPool(databaseUrl, { max: pgPoolMaxFrom(env) });
}

/**
 * A connection pool for everything PostgreSQL (issue #15). `DATABASE_URL=postgres://…` chooses it; unset, Bảng tin
 * stays on its JSON file. A server process opens exactly one (openProcessPool); tools and tests open their own.
 */
export function createPgPool(databaseUrl: string, options: { max?: number; applicationName?: string } = {}): pg.Pool {
  const pool = new (loadPg().Pool)({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'bangtin',
    // A request waits at most this long for a free connection, then fails with an error the API reports (never hangs).
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection (a database restart) must not crash the process: the pool drops it.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
