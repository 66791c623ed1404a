import type pg from 'pg';
import { unit, type Unit } from '@bangtin/shared';
import type { UnitDirectory } from './directory.ts';

interface UnitRow {
  id: string;
  slug: string;
  name: string;
  kind: string;
  parent_id: string | null;
  created_at: Date;
}

const fromRow = (row: UnitRow): Unit =>
  unit.parse({ id: row.id, slug: row.slug, name: row.name, kind: row.kind, parentId: row.parent_id, createdAt: row.created_at.toISOString() });

/** The `units` table (migration 0040): one directory for every process of a cluster. */
export function pgDirectory(pool: pg.Pool): UnitDirectory {
  const one = async (where: string, value: string) => {
    const rows = await pool.query<UnitRow>(`SELECT * FROM units WHERE ${where} = $1`, [value]);
    return rows.rows[0] ? fromRow(rows.rows[0]) : undefined;
  };
  return {
    list: async () => (await pool.query<UnitRow>('SELECT * FROM units ORDER BY created_at, id')).rows.map(fromRow),
    get: (id) => one('id', id),
    bySlug: (slug) => one('slug', slug),
    async insert(u) {
      // A taken id or slug (two processes creating the same unit at once) inserts nothing.
      const inserted = await pool.query(
        'INSERT INTO units (id, slug, name, kind, parent_id, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
        [u.id, u.slug, u.name, u.kind, u.parentId, u.createdAt],
      );
      return inserted.rowCount === 1;
    },
    async update(u) {
      const updated = await pool.query('UPDATE units SET name = $2, kind = $3 WHERE id = $1', [u.id, u.name, u.kind]);
      return updated.rowCount === 1;
    },
  };
}
