import type { Database } from '@bangtin/shared';
import type pg from 'pg';
import type { Collection } from '../store.ts';
import { inTransaction } from './pool.ts';
import { json, KEYED_TABLES, parseDocs, type KeyedKey, type Queryable } from './tables.ts';

type Item<K extends KeyedKey> = Database[K][number];

/**
 * One keyed collection in its own table, for one unit. Every statement filters on unit_id (isolation by construction)
 * and is a single statement, so each call is atomic on its own; reads are parsed from jsonb, so they are always fresh
 * objects nobody else holds.
 */
export class PgCollection<K extends KeyedKey> implements Collection<Item<K>> {
  private readonly table: string;

  constructor(
    private readonly db: Queryable,
    private readonly unitId: string,
    private readonly key: K,
    /** The store's pool, for the one method that needs a transaction of its own (modify). */
    private readonly pool?: pg.Pool,
  ) {
    this.table = KEYED_TABLES[key];
  }

  private async select(where: string, values: unknown[], limit = ''): Promise<Item<K>[]> {
    const { rows } = await this.db.query<{ doc: unknown }>(`select doc from ${this.table} where unit_id = $1${where} order by seq${limit}`, [this.unitId, ...values]);
    return parseDocs(this.key, rows.map((r) => r.doc));
  }

  list(): Promise<Item<K>[]> {
    return this.select('', []);
  }

  async get(id: string): Promise<Item<K> | undefined> {
    return (await this.select(' and id = $2', [id]))[0];
  }

  /** The first record whose top-level text field `field` equals `value` (a screen's slug, a user's name). */
  async findBy(field: 'slug' | 'username', value: string): Promise<Item<K> | undefined> {
    // The field is spelled in the SQL (one of two literals, never user input) so the expression indexes apply.
    return (await this.select(` and doc ->> '${field}' = $2`, [value], ' limit 1'))[0];
  }

  async insert(item: Item<K>): Promise<void> {
    await this.insertMany([item]);
  }

  /** One statement: every item is written, or (a duplicate id, in the batch or stored) none is. */
  async insertMany(items: readonly Item<K>[], db: Queryable = this.db): Promise<void> {
    if (items.length === 0) return;
    await db.query(
      `insert into ${this.table} (unit_id, id, doc)
       select $1, e ->> 'id', e from jsonb_array_elements($2::jsonb) with ordinality as t(e, n) order by n`,
      [this.unitId, json(items)],
    );
  }

  /** False when `username` is already taken (unique across units), nothing written. */
  async insertUnlessTaken(item: Item<K>): Promise<boolean> {
    const { rowCount } = await this.db.query(`insert into ${this.table} (unit_id, id, doc) values ($1, $2, $3::jsonb) on conflict do nothing`, [this.unitId, item.id, json(item)]);
    return rowCount === 1;
  }

  /** One INSERT … ON CONFLICT DO NOTHING: of several processes inserting the same id at once, exactly one gets true. */
  insertIfAbsent(item: Item<K>): Promise<boolean> {
    return this.insertUnlessTaken(item);
  }

  /**
   * One transaction holding the row's lock (SELECT … FOR UPDATE): concurrent changes from any process wait their turn.
   * A missing row is inserted with ON CONFLICT DO NOTHING; losing that race means another insert committed, which
   * the next locking read sees.
   */
  async modify(id: string, change: (current: Item<K> | undefined) => Item<K>): Promise<Item<K>> {
    if (!this.pool) throw new Error('modify needs the store pool (a collection opened on one client cannot start a transaction)');
    return inTransaction(this.pool, async (client) => {
      const lockedRead = async () => {
        const { rows } = await client.query<{ doc: unknown }>(`select doc from ${this.table} where unit_id = $1 and id = $2 for update`, [this.unitId, id]);
        return parseDocs(this.key, rows.map((r) => r.doc))[0];
      };
      let current = await lockedRead();
      if (!current) {
        const created = { ...change(undefined), id };
        const { rowCount } = await client.query(`insert into ${this.table} (unit_id, id, doc) values ($1, $2, $3::jsonb) on conflict do nothing`, [this.unitId, id, json(created)]);
        if (rowCount === 1) return created;
        current = await lockedRead();
      }
      const next = { ...change(current), id };
      await client.query(`update ${this.table} set doc = $3::jsonb where unit_id = $1 and id = $2`, [this.unitId, id, json(next)]);
      return next;
    });
  }

  async replace(item: Item<K>, expectedVersion?: number): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `update ${this.table} set doc = $3::jsonb where unit_id = $1 and id = $2 and ($4::integer is null or version = $4)`,
      [this.unitId, item.id, json(item), expectedVersion ?? null],
    );
    return rowCount === 1;
  }

  async remove(id: string): Promise<boolean> {
    const { rowCount } = await this.db.query(`delete from ${this.table} where unit_id = $1 and id = $2`, [this.unitId, id]);
    return rowCount === 1;
  }

  /**
   * Writes `items` as they are in a db.json (the import): added when new, replaced when changed, untouched when equal,
   * so running it twice changes nothing. Returns how many rows were added or changed.
   */
  async upsertAll(items: readonly Item<K>[], db: Queryable): Promise<number> {
    if (items.length === 0) return 0;
    const { rowCount } = await db.query(
      `insert into ${this.table} (unit_id, id, doc)
       select $1, e ->> 'id', e from jsonb_array_elements($2::jsonb) with ordinality as t(e, n) order by n
       on conflict (unit_id, id) do update set doc = excluded.doc where ${this.table}.doc is distinct from excluded.doc`,
      [this.unitId, json(items)],
    );
    return rowCount ?? 0;
  }

  async count(db: Queryable = this.db): Promise<number> {
    const { rows } = await db.query<{ n: number }>(`select count(*)::integer as n from ${this.table} where unit_id = $1`, [this.unitId]);
    return rows[0]?.n ?? 0;
  }
}
