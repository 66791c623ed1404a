import type { FailedLogin } from '@bangtin/shared';
import type pg from 'pg';
import type { Clock } from '../clock.ts';
import { groupCommit } from '../proof/groupCommit.ts';
import { DEFAULT_UNIT_ID } from '../store/pg/unit.ts';
import { clampFailedLogin, type FailedLoginLog } from './failedLogins.ts';

export interface PgFailedLoginLog extends FailedLoginLog {
  list(): Promise<FailedLogin[]>;
}

/**
 * Refused logins in PostgreSQL (server/migrations/0012_failed_logins.sql): every process writes to and lists the same
 * table, so the admin sees the refusals of the whole cluster. Writes are group-committed and never awaited by the login
 * (as with the file: losing the last few rows is acceptable, slowing every wrong password down is not). The table is
 * bounded like the file (about 2 × keep rows). The per-address / per-account throttle stays in each process's memory.
 */
export function createPgFailedLoginLog(pool: pg.Pool, clock: Clock, { keep = 2000, unitId = DEFAULT_UNIT_ID }: { keep?: number; unitId?: string } = {}): PgFailedLoginLog {
  let sinceTrim = 0;
  const writer = groupCommit<FailedLogin>(async (rows) => {
    await pool.query(
      `INSERT INTO failed_logins (unit_id, at, username, address, reason)
       SELECT $1, * FROM unnest($2::timestamptz[], $3::text[], $4::text[], $5::text[])`,
      [unitId, rows.map((r) => r.at), rows.map((r) => r.username), rows.map((r) => r.address), rows.map((r) => r.reason)],
    );
    sinceTrim += rows.length;
    if (sinceTrim >= keep) {
      sinceTrim = 0;
      await pool.query('DELETE FROM failed_logins WHERE id <= (SELECT max(id) FROM failed_logins) - $1', [2 * keep]);
    }
    // One statement at a time: this process's rows keep their order (ids), and refusals are never many per second.
  }, { concurrency: 1 });

  return {
    record(input) {
      writer.add([clampFailedLogin(input, clock)]).catch(() => undefined);
    },
    async list() {
      const { rows } = await pool.query<{ at: Date; username: string; address: string; reason: FailedLogin['reason'] }>(
        'SELECT at, username, address, reason FROM failed_logins WHERE unit_id = $1 ORDER BY at DESC, id DESC LIMIT $2',
        [unitId, keep],
      );
      return rows.map((r) => ({ at: r.at.toISOString(), username: r.username, address: r.address, reason: r.reason }));
    },
    flush: () => writer.drain(),
  };
}
