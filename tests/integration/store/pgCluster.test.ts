import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../helpers/postgres.ts';

const clusterUrl = inject('pgClusterUrl');

describe.skipIf(!clusterUrl)(`the run's throwaway PostgreSQL cluster ${inject('pgUnavailable') ?? ''}`, () => {
  it('gives each test file its own empty UTF-8 database', async () => {
    const url = await createTestDatabase(clusterUrl!);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ encoding: string; tables: string }>(
        "select pg_encoding_to_char(encoding) as encoding, (select count(*) from pg_tables where schemaname = 'public') as tables from pg_database where datname = current_database()",
      );
      expect(rows[0]).toEqual({ encoding: 'UTF8', tables: '0' });
      const echoed = await client.query<{ text: string }>('select $1::text as text', ['Trường mầm non Vườn Xanh Nam Đô']);
      expect(echoed.rows[0]!.text).toBe('Trường mầm non Vườn Xanh Nam Đô');
    } finally {
      await client.end();
    }
  });
});
