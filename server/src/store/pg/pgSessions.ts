import { session as sessionSchema, type Session } from '@bangtin/shared';
import type pg from 'pg';
import { inTransaction } from './pool.ts';
import { json } from './tables.ts';

/** A user keeps at most this many live sessions (as in db.json): signing in once more ends the oldest. */
const SESSIONS_PER_USER = 20;

/** Console sessions of one unit (only a hash of each token is stored). */
export class PgSessions {
  constructor(
    private readonly pool: pg.Pool,
    private readonly unitId: string,
  ) {}

  /**
   * The insert and the trim to 20 run in one transaction holding a lock on this user's sessions, so two processes
   * signing the same user in at once cannot leave 21 behind.
   */
  async insert(session: Session): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query("select pg_advisory_xact_lock(hashtextextended('bangtin:sessions:' || $1 || ':' || $2, 0))", [this.unitId, session.userId]);
      await client.query('insert into sessions (unit_id, token_hash, user_id, expires_at, doc) values ($1, $2, $3, $4, $5::jsonb)', [
        this.unitId,
        session.tokenHash,
        session.userId,
        session.expiresAt,
        json(session),
      ]);
      await client.query(
        `delete from sessions where unit_id = $1 and user_id = $2 and token_hash in (
           select token_hash from sessions where unit_id = $1 and user_id = $2 order by seq desc offset $3)`,
        [this.unitId, session.userId, SESSIONS_PER_USER],
      );
    });
  }

  async find(tokenHash: string): Promise<Session | undefined> {
    const { rows } = await this.pool.query<{ doc: unknown }>('select doc from sessions where unit_id = $1 and token_hash = $2', [this.unitId, tokenHash]);
    return rows[0] && sessionSchema.parse(rows[0].doc);
  }

  async delete(tokenHash: string): Promise<void> {
    await this.pool.query('delete from sessions where unit_id = $1 and token_hash = $2', [this.unitId, tokenHash]);
  }

  /** One DELETE … RETURNING: the hashes returned are exactly the sessions ended. */
  async deleteOfUser(userId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ token_hash: string }>(
      'with ended as (delete from sessions where unit_id = $1 and user_id = $2 returning token_hash, seq) select token_hash from ended order by seq',
      [this.unitId, userId],
    );
    return rows.map((r) => r.token_hash);
  }

  async deleteExpired(now: Date): Promise<string[]> {
    const { rows } = await this.pool.query<{ token_hash: string }>('with ended as (delete from sessions where unit_id = $1 and expires_at <= $2 returning token_hash, seq) select token_hash from ended order by seq', [
      this.unitId,
      now.toISOString(),
    ]);
    return rows.map((r) => r.token_hash);
  }

  async list(): Promise<Session[]> {
    const { rows } = await this.pool.query<{ doc: unknown }>('select doc from sessions where unit_id = $1 order by seq', [this.unitId]);
    return rows.map((r) => sessionSchema.parse(r.doc));
  }
}
