import type pg from 'pg';
import type { ScreenPresence } from '@bangtin/shared';
import type { Logger } from '../logger.ts';
import type { Presence } from '../realtime/presence.ts';

export interface SharedPresenceOptions {
  pool: pg.Pool;
  processId: string;
  logger: Logger;
  /** How often this process writes its kiosks' changes and reads everyone else's. */
  syncMs: number;
  /** A process not seen for this long is gone (killed): its kiosks stop counting as connected. */
  staleMs: number;
  /** The unit whose kiosks these are (issue #15 item 1): each unit's Screens page lists its own only. */
  unitId?: string;
}

interface RemoteRow {
  screen_id: string;
  entry: ScreenPresence;
  alive: boolean;
}

/**
 * Presence across processes in PostgreSQL, not in the adapter: each process keeps what its own kiosks report in memory
 * (realtime/presence.ts, unchanged) and, every `syncMs`, writes the entries that changed to `cluster_presence`, touches
 * its row in `cluster_processes` and reads every other process's rows. `list()` stays synchronous (the Screens page,
 * the office consoles and the offline check read it as before). A killed process stops touching its row: after
 * `staleMs` its kiosks count as disconnected there, while their last-seen time is kept for the offline check.
 * (fetchSockets over the adapter was the other way: it waits for every process, a dead one until its timeout, and
 * holds no last-seen time for kiosks that left.)
 */
export function createSharedPresence(local: Presence, onChange: () => void, options: SharedPresenceOptions) {
  const { pool, processId, logger } = options;
  const unitId = options.unitId ?? 'root';
  const dirty = new Set<string>();
  let remote: RemoteRow[] = [];
  let remoteKey = '';
  let running: Promise<void> | null = null;
  let stopped = false;

  let syncs = 0;
  async function writeOwn(): Promise<void> {
    syncs += 1;
    // Now and then: rows of processes long gone, where the screen has a newer row elsewhere, and those processes.
    if (syncs % 100 === 1) {
      await pool.query(
        `DELETE FROM cluster_presence p WHERE NOT EXISTS (SELECT 1 FROM cluster_processes pr WHERE pr.process_id = p.process_id)
           AND EXISTS (SELECT 1 FROM cluster_presence q WHERE q.unit_id = p.unit_id AND q.screen_id = p.screen_id AND q.updated_at > p.updated_at)`,
      );
      await pool.query("DELETE FROM cluster_processes WHERE seen_at < now() - interval '1 day'");
    }
    await pool.query('INSERT INTO cluster_processes (process_id) VALUES ($1) ON CONFLICT (process_id) DO UPDATE SET seen_at = now()', [processId]);
    if (dirty.size === 0) return;
    const changed = local.list().filter((entry) => dirty.has(entry.screenId));
    dirty.clear();
    await pool.query(
      `INSERT INTO cluster_presence (process_id, unit_id, screen_id, entry)
       SELECT $1, $3, e->>'screenId', e FROM jsonb_array_elements($2::jsonb) AS e
       ON CONFLICT (process_id, unit_id, screen_id) DO UPDATE SET entry = excluded.entry, updated_at = now()`,
      [processId, JSON.stringify(changed), unitId],
    );
  }

  async function readOthers(): Promise<void> {
    const { rows } = await pool.query<RemoteRow>(
      `SELECT p.screen_id, p.entry, coalesce(pr.seen_at > now() - make_interval(secs => $2::double precision / 1000), false) AS alive
       FROM cluster_presence p LEFT JOIN cluster_processes pr USING (process_id)
       WHERE p.process_id <> $1 AND p.unit_id = $3 ORDER BY p.process_id, p.screen_id`,
      [processId, options.staleMs, unitId],
    );
    const key = JSON.stringify(rows);
    if (key === remoteKey) return;
    remote = rows;
    remoteKey = key;
    onChange();
  }

  async function sync(): Promise<void> {
    if (running) return running;
    running = (async () => {
      try {
        await writeOwn();
        await readOthers();
      } catch (error) {
        logger.warn({ err: error }, 'presence sync with the cluster failed; will retry');
      } finally {
        running = null;
      }
    })();
    return running;
  }

  const timer = setInterval(() => void sync(), options.syncMs);
  timer.unref();
  void sync();

  const merged = (): ScreenPresence[] => {
    const byScreen = new Map<string, ScreenPresence>();
    for (const entry of local.list()) byScreen.set(entry.screenId, entry);
    for (const row of remote) {
      // A killed process's kiosks: not connected there any more, but when they were last seen still counts.
      const theirs: ScreenPresence = row.alive ? row.entry : { ...row.entry, connections: 0, online: false };
      const mine = byScreen.get(row.screen_id);
      byScreen.set(row.screen_id, mine ? combine(mine, theirs) : theirs);
    }
    return [...byScreen.values()];
  };

  const presence: Presence = {
    connected(screenId) {
      dirty.add(screenId);
      local.connected(screenId);
    },
    disconnected(screenId) {
      dirty.add(screenId);
      local.disconnected(screenId);
    },
    heartbeat(screenId, beat) {
      dirty.add(screenId);
      local.heartbeat(screenId, beat);
    },
    list: merged,
  };

  return {
    presence,
    /** Writes now and reads everyone's (tests, shutdown). */
    sync,
    async close(): Promise<void> {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await running;
      // Leaving cleanly: without its process row, this process's kiosks count as disconnected at once (they reconnect
      // to another process); their rows stay for the last-seen time until a newer row for the screen supersedes them.
      await pool.query('DELETE FROM cluster_processes WHERE process_id = $1', [processId]).catch(() => undefined);
    },
  };
}

/** One screen seen by two processes: connections add up; the freshest report describes what it shows. */
function combine(a: ScreenPresence, b: ScreenPresence): ScreenPresence {
  const newer = (b.lastSeen ?? '') > (a.lastSeen ?? '') ? b : a;
  const connections = a.connections + b.connections;
  return { ...newer, connections, online: connections > 0 };
}
