import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import type { Server } from 'socket.io';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import type { ClusterLink } from './link.ts';
import { createPgPairing } from './pgPairing.ts';
import { createSharedPresence } from './sharedPresence.ts';

/**
 * The server-side event one process sends the others after a change (through the adapter's serverSideEmit).
 *
 * Why a nudge and not the snapshots themselves (measured 2026-12-05 on the 2-core build machine, busy with other work;
 * `npx tsx tests/helpers/clusterMeasure.ts`, seeded demo data, two Socket.IO servers on one PostgreSQL 15 through the adapter):
 *  - a seeded snapshot is 14,814 bytes (gate) and 28,769 bytes (reception) of JSON: over NOTIFY's 8,000-byte limit, so
 *    every one would go through socket_io_attachments (an INSERT, a NOTIFY, a SELECT by every other process);
 *  - latency emit → client on the other process (two runs of 50 sends): the 28.8 KB snapshot through the attachment
 *    table p50 55–80 ms, p90 119–192 ms, max 177–330 ms; a small payload through NOTIFY alone p50 5.7–11.7 ms, p90
 *    20–25 ms; this serverSideEmit nudge p50 1.4–7.9 ms, p90 10.5–21 ms.
 * Decision: the nudge. Per change it is one ~100-byte NOTIFY whatever the number of screens, where snapshots would be one
 * table row per screen per change (and written again by every process that re-planned); each process then reads and
 * evaluates once and writes to its own kiosks only, exactly as one process does (the single-process fan-out is
 * untouched). The cost: one planning read per process per change.
 */
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
  const nudgeListeners: Array<(unitId: string) => void> = [];
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
      // The nudge names its unit (issue #15 item 1): a process runs that unit's step, or mounts a unit new to it.
      server.on(REPLAN, (unitId: unknown) => {
        for (const listener of nudgeListeners) listener(typeof unitId === 'string' ? unitId : 'root');
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
    nudge(unitId = 'root') {
      io?.serverSideEmit(REPLAN, unitId);
    },
    onNudge(listener) {
      nudgeListeners.push(listener);
    },
    sharePresence(local, onChange, unitId) {
      const shared = createSharedPresence(local, onChange, {
        pool,
        processId,
        logger,
        syncMs: options.presenceSyncMs ?? 2000,
        staleMs: options.processStaleMs ?? 15_000,
        ...(unitId ? { unitId } : {}),
      });
      closers.push(() => shared.close());
      return shared.presence;
    },
    pairing: createPgPairing(pool, clock, logger),
    pairingFor: (unitId) => createPgPairing(pool, clock, logger, unitId),
    async close() {
      for (const close of closers) await close();
    },
  };
}
