import type { Database } from '@bangtin/shared';
import { PgCollection } from './pgCollection.ts';
import { json, KEYED_TABLES, SETTING_KEYS, type KeyedKey, type Queryable } from './tables.ts';

/** What db.json holds in lists, as counted in a file and in the database (db:import checks one against the other). */
export type ListKey = KeyedKey | 'sessions' | 'audit' | 'lookups' | 'failedSearches';
export type Counts = Record<ListKey, number>;

const OTHER_TABLES = { sessions: 'sessions', audit: 'audit', lookups: 'lookups', failedSearches: 'failed_searches' } as const;
const KEYED_KEYS = Object.keys(KEYED_TABLES) as KeyedKey[];
export const LIST_KEYS: readonly ListKey[] = [...KEYED_KEYS, ...(Object.keys(OTHER_TABLES) as (keyof typeof OTHER_TABLES)[])];

export function countsOfFile(db: Database): Counts {
  return Object.fromEntries(LIST_KEYS.map((key) => [key, db[key].length])) as Counts;
}

export async function countsOfUnit(db: Queryable, unitId: string): Promise<Counts> {
  const tables: Record<ListKey, string> = { ...KEYED_TABLES, ...OTHER_TABLES };
  const selects = LIST_KEYS.map((key) => `(select count(*)::integer from ${tables[key]} where unit_id = $1) as "${key}"`);
  const { rows } = await db.query<Counts>(`select ${selects.join(', ')}`, [unitId]);
  return rows[0]!;
}

/** True when the unit has nothing yet (no school settings): the first start seeds it. */
export async function unitIsEmpty(db: Queryable, unitId: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from unit_settings where unit_id = $1 limit 1', [unitId]);
  return rows.length === 0;
}

/**
 * Writes a validated db.json into one unit, upserting by id: new rows are added, changed rows replaced, equal rows left
 * alone, so a second run changes nothing. Run it inside a transaction (the caller's `db` is its client): all or nothing.
 * Returns how many rows were added or changed per list.
 */
export async function writeDatabase(db: Queryable, unitId: string, data: Database): Promise<Counts> {
  const changed = {} as Counts;
  for (const key of KEYED_KEYS) {
    changed[key] = await new PgCollection(db, unitId, key).upsertAll(data[key], db);
  }
  const rows = async (sql: string, items: readonly unknown[]) => (items.length === 0 ? 0 : ((await db.query(sql, [unitId, json(items)])).rowCount ?? 0));
  changed.sessions = await rows(
    `insert into sessions (unit_id, token_hash, user_id, expires_at, doc)
     select $1, e ->> 'tokenHash', e ->> 'userId', (e ->> 'expiresAt')::timestamptz, e from jsonb_array_elements($2::jsonb) with ordinality as t(e, n) order by n
     on conflict (token_hash) do update set doc = excluded.doc, expires_at = excluded.expires_at
       where sessions.unit_id = excluded.unit_id and sessions.doc is distinct from excluded.doc`,
    data.sessions,
  );
  changed.audit = await rows(
    `insert into audit (unit_id, doc) select $1, e from jsonb_array_elements($2::jsonb) with ordinality as t(e, n) order by n
     on conflict (unit_id, (doc ->> 'id')) do nothing`,
    data.audit,
  );
  // Counts are set, not added: the file holds totals.
  changed.lookups = await rows(
    `insert into lookups (unit_id, date, content_id, count)
     select $1, e ->> 'date', e ->> 'contentId', (e ->> 'count')::integer from jsonb_array_elements($2::jsonb) with ordinality as t(e, n) order by n
     on conflict (unit_id, date, content_id) do update set count = excluded.count where lookups.count <> excluded.count`,
    data.lookups,
  );
  changed.failedSearches = await rows(
    `insert into failed_searches (unit_id, date, query, count)
     select $1, e ->> 'date', e ->> 'query', (e ->> 'count')::integer from jsonb_array_elements($2::jsonb) with ordinality as t(e, n) order by n
     on conflict (unit_id, date, query) do update set count = excluded.count where failed_searches.count <> excluded.count`,
    data.failedSearches,
  );
  for (const key of SETTING_KEYS) {
    await db.query(
      `insert into unit_settings (unit_id, key, doc) values ($1, $2, $3::jsonb)
       on conflict (unit_id, key) do update set doc = excluded.doc where unit_settings.doc is distinct from excluded.doc`,
      [unitId, key, json(data[key])],
    );
  }
  return changed;
}
