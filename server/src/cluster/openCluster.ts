import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import type { Server } from 'socket.io';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { ClusterLink } from './link.ts';
import { createPgPairing } from './pgPairing.ts';
import { createSharedPresence } from './sharedPresence.ts';

/** The server-side event one process sends the others after a change (through the adapter's serverSideEmit). */
const REPLAN = 'bangtin:replan';

export interface ClusterOptions {
  pool: pg.Pool;
  clock: Clock;
  logger: Logger;
  /** Presence sync period and the silence after which a process counts as gone (tests shorten them). */
  presenceSyncMs?: number;
  processStaleMs?: number;
}

/**
 * Several processes on one DATABASE_URL as one system, on PostgreSQL's own mechanisms only:
 *  - @socket.io/postgres-adapter (LISTEN/NOTIFY, big packets through socket_io_attachments): office events, emergency
 *    notices, commands, session ends and fetchSockets reach every process's sockets;
 *  - `serverSideEmit` of a small "re-plan" nudge after each change: every process runs its own planning step and sends
 *    snapshots to its own kiosks only (realtime/publisher.ts emits `.local`);
 *  - INSERT … ON CONFLICT DO NOTHING into cluster_job_claims: scheduled jobs and boundary side work run once;
 *  - tables for presence and pairing (sharedPresence.ts, pgPairing.ts).
 * Loaded only when DATABASE_URL is set (main.ts imports it dynamically).
 */
export async function openCluster(options: ClusterOptions): Promise<ClusterLink> {
  const { pool, clock, logger } = options;
  // Loaded here, not at the top: the bundle keeps a dynamic import dynamic, so lowdb mode never loads the adapter.
  const { createAdapter } = await import('@socket.io/postgres-adapter');
  const processId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let io: Server | null = null;
  const nudgeListeners: Array<() => void> = [];
  const closers: Array<() => Promise<void>> = [];
  let lastPrune = 0;

  return {
    processId,
    attach(server) {
      io = server;
      server.adapter(
        createAdapter(pool, {
          errorHandler: (error: Error) => logger.warn({ err: error }, 'socket.io postgres adapter error'),
        }),
      );
      server.on(REPLAN, () => {
        for (const listener of nudgeListeners) listener();
      });
    },
    async claim(job, slot) {
      try {
        if (Date.now() - lastPrune > 3600_000) {
          lastPrune = Date.now();
          await pool.query("DELETE FROM cluster_job_claims WHERE claimed_at < now() - interval '30 days'");
        }
        const won = await pool.query('INSERT INTO cluster_job_claims (job, slot, process_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [job, slot, processId]);
        return won.rowCount === 1;
      } catch (error) {
        logger.error({ err: error, job, slot }, 'claiming a cluster job failed; skipped here');
        return false;
      }
    },
    nudge() {
      io?.serverSideEmit(REPLAN);
    },
    onNudge(listener) {
      nudgeListeners.push(listener);
    },
    sharePresence(local, onChange) {
      const shared = createSharedPresence(local, onChange, {
        pool,
        processId,
        logger,
        syncMs: options.presenceSyncMs ?? 2000,
        staleMs: options.processStaleMs ?? 15_000,
      });
      closers.push(() => shared.close());
      return shared.presence;
    },
    pairing: createPgPairing(pool, clock, logger),
    async close() {
      for (const close of closers) await close();
    },
  };
}
