import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { migrateDatabase } from '../store/pg/migrate.ts';
import { createPgPool } from '../store/pg/pool.ts';
import type { ClusterLink } from './link.ts';
import { openCluster } from './openCluster.ts';

/**
 * main.ts's one call when DATABASE_URL is set: the cluster's own small pool (the adapter holds one connection for
 * LISTEN), the migrations (cluster tables included; node-pg-migrate's lock makes simultaneous starts wait), the link.
 */
export async function startCluster(options: { databaseUrl: string; repoRoot: string; clock: Clock; logger: Logger }): Promise<{ link: ClusterLink; end(): Promise<void> }> {
  await migrateDatabase(options.databaseUrl, options.repoRoot);
  const pool = createPgPool(options.databaseUrl, { max: 5, applicationName: 'bangtin-cluster' });
  const link = await openCluster({ pool, clock: options.clock, logger: options.logger });
  options.logger.info({ processId: link.processId }, 'clustered: sharing sockets, presence, pairing and jobs through PostgreSQL');
  return { link, end: () => pool.end() };
}
