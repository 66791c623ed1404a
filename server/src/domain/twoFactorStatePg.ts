import type pg from 'pg';
import { DEFAULT_UNIT_ID } from '../store/pg/unit.ts';
import type { TwoFactorState } from './twoFactorState.ts';

/**
 * Two-step sign-in tickets and pending TOTP keys in PostgreSQL (server/migrations/0055_two_factor_pending.sql): the
 * password on one process, the code on another. Times come from the injected clock (as in memory), never the
 * database's now(). A ticket is spent by a DELETE that only one request can win, so a code signs in once.
 */
export function createPgTwoFactorState(pool: pg.Pool, { unitId = DEFAULT_UNIT_ID }: { unitId?: string } = {}): TwoFactorState {
  const at = (ms: number) => new Date(ms).toISOString();
  return {
    async issueTicket(ticketHash, login, { now, expiresAt }) {
      await pool.query('DELETE FROM auth_login_tickets WHERE expires_at <= $1', [at(now)]);
      await pool.query(
        'INSERT INTO auth_login_tickets (ticket_hash, unit_id, user_id, username, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [ticketHash, unitId, login.userId, login.username, at(expiresAt)],
      );
    },
    async findTicket(ticketHash, now) {
      const { rows } = await pool.query<{ user_id: string; username: string }>(
        'SELECT user_id, username FROM auth_login_tickets WHERE ticket_hash = $1 AND unit_id = $2 AND expires_at > $3',
        [ticketHash, unitId, at(now)],
      );
      const row = rows[0];
      return row ? { userId: row.user_id, username: row.username } : null;
    },
    async ticketFailed(ticketHash, maxAttempts) {
      // Counted in the row (wrong codes sent to two processes at once count twice), forgotten at the last allowed one.
      const { rows } = await pool.query<{ attempts: number }>(
        'UPDATE auth_login_tickets SET attempts = attempts + 1 WHERE ticket_hash = $1 AND unit_id = $2 RETURNING attempts',
        [ticketHash, unitId],
      );
      if ((rows[0]?.attempts ?? 0) >= maxAttempts) await pool.query('DELETE FROM auth_login_tickets WHERE ticket_hash = $1', [ticketHash]);
    },
    async spendTicket(ticketHash) {
      const { rowCount } = await pool.query('DELETE FROM auth_login_tickets WHERE ticket_hash = $1 AND unit_id = $2', [ticketHash, unitId]);
      return rowCount === 1;
    },
    async putEnrolment(userId, secret, { now, expiresAt }) {
      await pool.query('DELETE FROM auth_totp_enrolments WHERE expires_at <= $1', [at(now)]);
      await pool.query(
        `INSERT INTO auth_totp_enrolments (unit_id, user_id, secret, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (unit_id, user_id) DO UPDATE SET secret = excluded.secret, expires_at = excluded.expires_at`,
        [unitId, userId, secret, at(expiresAt)],
      );
    },
    async findEnrolment(userId, now) {
      const { rows } = await pool.query<{ secret: string }>(
        'SELECT secret FROM auth_totp_enrolments WHERE unit_id = $1 AND user_id = $2 AND expires_at > $3',
        [unitId, userId, at(now)],
      );
      return rows[0]?.secret ?? null;
    },
    async dropEnrolment(userId) {
      await pool.query('DELETE FROM auth_totp_enrolments WHERE unit_id = $1 AND user_id = $2', [unitId, userId]);
    },
  };
}
