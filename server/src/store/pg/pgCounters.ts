import { auditEntry, failedSearchCount, lookupCount, type AuditEntry, type FailedSearchCount, type LookupCount } from '@bangtin/shared';
import type pg from 'pg';
import { inTransaction } from './pool.ts';
import { json } from './tables.ts';

/** Most recent audit entries kept per unit (as in db.json). */
export const AUDIT_KEEP = 5000;

/** The append-and-count tables of one unit: the audit trail, look-up counts, failed searches. */
export class PgCounters {
  constructor(
    private readonly pool: pg.Pool,
    private readonly unitId: string,
  ) {}

  /** The append and the trim to the newest 5000 commit together. */
  async appendAudit(entry: AuditEntry): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('insert into audit (unit_id, doc) values ($1, $2::jsonb)', [this.unitId, json(entry)]);
      await client.query(
        `delete from audit where unit_id = $1 and seq <= (
           select seq from audit where unit_id = $1 order by seq desc offset $2 limit 1)`,
        [this.unitId, AUDIT_KEEP],
      );
    });
  }

  /** Newest first. */
  async listAudit(limit: number): Promise<AuditEntry[]> {
    const { rows } = await this.pool.query<{ doc: unknown }>('select doc from audit where unit_id = $1 order by seq desc limit $2', [this.unitId, Math.max(0, limit)]);
    return rows.map((r) => auditEntry.parse(r.doc));
  }

  /**
   * One statement, summed in the database (`count = count + excluded.count`): look-ups counted by several processes at
   * once all add up. Pairs repeated in one batch are summed first (an upsert may touch a row only once per statement).
   */
  async addLookups(increments: LookupCount[]): Promise<void> {
    if (increments.length === 0) return;
    await this.pool.query(
      `insert into lookups (unit_id, date, content_id, count)
       select $1, t.date, t.content_id, sum(t.count)::integer
       from rows from (jsonb_to_recordset($2::jsonb) as ("date" text, "contentId" text, "count" integer)) with ordinality as t(date, content_id, count, n)
       group by t.date, t.content_id order by min(t.n)
       on conflict (unit_id, date, content_id) do update set count = lookups.count + excluded.count`,
      [this.unitId, json(increments)],
    );
  }

  async listLookups(): Promise<LookupCount[]> {
    const { rows } = await this.pool.query<LookupCount>('select content_id as "contentId", date, count from lookups where unit_id = $1 order by seq', [this.unitId]);
    return rows.map((r) => lookupCount.parse(r));
  }

  /**
   * As JsonStore.addFailedSearch: at most `maxPerDay` different searches a day, days before `keepFrom` forgotten. The
   * check and the write run under a lock on (unit, day), so processes counting at once never pass the cap together.
   */
  async addFailedSearch(query: string, date: string, keepFrom: string, maxPerDay: number): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      await client.query("select pg_advisory_xact_lock(hashtextextended('bangtin:failed-searches:' || $1 || ':' || $2, 0))", [this.unitId, date]);
      const { rows } = await client.query<{ known: boolean; today: number }>(
        `select exists (select 1 from failed_searches where unit_id = $1 and date = $2 and query = $3) as known,
                (select count(*)::integer from failed_searches where unit_id = $1 and date = $2) as today`,
        [this.unitId, date, query],
      );
      const { known, today } = rows[0]!;
      if (!known && today >= maxPerDay) return false;
      await client.query('delete from failed_searches where unit_id = $1 and date < $2', [this.unitId, keepFrom]);
      await client.query(
        `insert into failed_searches (unit_id, date, query, count) values ($1, $2, $3, 1)
         on conflict (unit_id, date, query) do update set count = failed_searches.count + 1`,
        [this.unitId, date, query],
      );
      return true;
    });
  }

  async listFailedSearches(): Promise<FailedSearchCount[]> {
    const { rows } = await this.pool.query<FailedSearchCount>('select query, date, count from failed_searches where unit_id = $1 order by seq', [this.unitId]);
    return rows.map((r) => failedSearchCount.parse(r));
  }
}
