import type pg from 'pg';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { createPgPool } from '../store/pg/pool.ts';
import type { ClusterLink } from './link.ts';
import { openCluster } from './openCluster.ts';

/**
 * main.ts's one call when DATABASE_URL is set, after the store has applied the migrations (cluster tables included):
 * the link on the process's shared pool (the adapter takes one of its connections for LISTEN for good), or on a small
 * pool of its own when none is given (ended by `end`).
 */
export async function startCluster(options: { databaseUrl: string; clock: Clock; logger: Logger; pool?: pg.Pool }): Promise<{ link: ClusterLink; end(): Promise<void> }> {
  const pool = options.pool ?? createPgPool(options.databaseUrl, { max: 5, applicationName: 'bangtin-cluster' });
  const link = await openCluster({ pool, clock: options.clock, logger: options.logger });
  options.logger.info({ processId: link.processId }, 'clustered: sharing sockets, presence, pairing and jobs through PostgreSQL');
  return { link, end: options.pool ? async () => undefined : () => pool.end() };
}
