import type { Server } from 'socket.io';
import type { Pairing } from '../domain/pairing.ts';
import type { Presence } from '../realtime/presence.ts';

/**
 * What app.ts needs from the cluster (issue #15 item 3) when several processes share one DATABASE_URL. Only this type is
 * imported by app.ts; the implementation (cluster/openCluster.ts, the Postgres adapter, pg) is loaded by main.ts only
 * when DATABASE_URL is set, so the single-process lowdb server loads none of it.
 */
export interface ClusterLink {
  /** This process's id in the cluster tables (random per start). */
  readonly processId: string;
  /** Installs @socket.io/postgres-adapter on the server: rooms, broadcasts and fetchSockets span every process. */
  attach(io: Server): void;
  /**
   * Exactly once across the cluster: true on the one process whose claim of (job, slot) is first, false elsewhere.
   * A database error counts as "not mine" (logged): a job skipped once beats a job run three times.
   */
  claim(job: string, slot: string): Promise<boolean>;
  /** Tells every other process that what a unit's screens play may have changed: each runs that unit's planning step. */
  nudge(unitId?: string): void;
  /** Called when another process nudged this one, with the unit ('root' when the nudge named none). */
  onNudge(listener: (unitId: string) => void): void;
  /** The Screens page's view: this process's presence plus every other live process's, refreshed from PostgreSQL (one unit's). */
  sharePresence(local: Presence, onChange: () => void, unitId?: string): Presence;
  /** Pairing codes and hand-overs in PostgreSQL: a kiosk polling one process is paired through another. */
  pairing: Pairing;
  /** The same, for one unit's codes and hand-overs (issue #15 item 1). */
  pairingFor(unitId: string): Pairing;
  close(): Promise<void>;
}
