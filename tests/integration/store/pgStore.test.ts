import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DatabaseUnavailableError } from '../../../server/src/store/pg/databaseUrl.ts';
import { importDatabase, readDatabaseFile } from '../../../server/src/store/pg/importJson.ts';
import { migrateDatabase, pendingMigrations } from '../../../server/src/store/pg/migrate.ts';
import { openPgStore } from '../../../server/src/store/pg/openPgStore.ts';
import { createPgPool } from '../../../server/src/store/pg/pool.ts';
import { freePort } from '../../helpers/freePort.ts';
import { createMigratedDatabase, openPgTestStore } from '../../helpers/pgTestStore.ts';
import { REPO_ROOT, tempDataDir } from '../../helpers/serverProcess.ts';
import { conformanceData } from './storeConformance.ts';

const clusterUrl = inject('pgClusterUrl');
let shared: Promise<string> | null = null;
const database = () => (shared ??= createMigratedDatabase(clusterUrl!));
let units = 0;
const nextUnit = () => `pg-${(units += 1)}`;

describe.skipIf(!clusterUrl)('PgStore: what only a shared database can get wrong', () => {
  it('two processes saving the same version of an item at once: exactly one wins, the other gets a conflict', async () => {
    const url = await database();
    const unit = nextUnit();
    // Two stores on two pools: two server processes on one database.
    const [a, b] = [await openPgTestStore(url, await conformanceData(), unit), await openPgTestStore(url, null, unit)];
    try {
      for (const item of (await a.listContent()).slice(0, 5)) {
        const results = await Promise.all([
          a.replaceContent({ ...item, version: item.version + 1, updatedBy: 'a' }, item.version),
          b.replaceContent({ ...item, version: item.version + 1, updatedBy: 'b' }, item.version),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        expect((await a.getContent(item.id))!.updatedBy).toBe(results[0] ? 'a' : 'b');
      }
      // Counters written by both at once all add up; the failed-search cap holds across both.
      await Promise.all([a, b, a, b].map((s) => s.addLookups([{ contentId: 'p1', date: '2026-11-28', count: 1 }])));
      expect(await b.listLookups()).toEqual([{ contentId: 'p1', date: '2026-11-28', count: 4 }]);
      const counted = await Promise.all(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu'].map((q, i) => (i % 2 ? a : b).addFailedSearch(q, '2026-11-28', '2026-11-01', 3)));
      expect(counted.filter(Boolean)).toHaveLength(3);
      expect(await a.listFailedSearches()).toHaveLength(3);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('two units in one database see nothing of each other', async () => {
    const url = await database();
    const [school, other] = [await openPgTestStore(url, await conformanceData(), nextUnit()), await openPgTestStore(url, null, nextUnit())];
    try {
      const [item] = await school.listContent();
      const [screen] = await school.listScreens();
      await school.addLookups([{ contentId: item!.id, date: '2026-11-28', count: 2 }]);
      await school.addFailedSearch('hoc phi', '2026-11-28', '2026-11-01', 10);
      await school.insertUser({ id: 'u-lan', username: `lan-${units}`, displayName: 'Lan', role: 'editor', passwordHash: 'x', disabled: false, createdAt: '2026-11-28T01:00:00.000Z' });
      await school.insertSession({ tokenHash: `h-${units}`, userId: 'u-lan', createdAt: '2026-11-28T01:00:00.000Z', expiresAt: '2026-11-28T02:00:00.000Z' });
      await school.appendAudit({ id: 'a-1', at: '2026-11-28T01:00:00.000Z', actor: 'admin', action: 'login', entity: 'user', entityId: 'u-lan', summary: '' });

      expect(await other.listContent()).toEqual([]);
      expect(await other.getContent(item!.id)).toBeUndefined();
      expect(await other.replaceContent(item!, item!.version)).toBe(false);
      expect(await other.getScreenBySlug(screen!.slug)).toBeUndefined();
      expect(await other.quizQuestions.list()).toEqual([]);
      expect(await other.quizQuestions.remove((await school.quizQuestions.list())[0]!.id)).toBe(false);
      expect(await other.listLookups()).toEqual([]);
      expect(await other.listFailedSearches()).toEqual([]);
      expect(await other.listUsers()).toEqual([]);
      expect(await other.getUser('u-lan')).toBeUndefined();
      expect(await other.findSession(`h-${units}`)).toBeUndefined();
      expect(await other.deleteSessionsOfUser('u-lan')).toEqual([]);
      expect(await other.deleteExpiredSessions(new Date('2030-01-01T00:00:00Z'))).toEqual([]);
      expect(await other.listAudit(10)).toEqual([]);
      await expect(other.getSchool()).rejects.toThrow(/never seeded or imported/);
      expect(await school.findSession(`h-${units}`)).toBeDefined();
      expect(await school.listContent()).toHaveLength((await conformanceData()).content.length);
    } finally {
      await Promise.all([school.close(), other.close()]);
    }
  });

  it('an acknowledged write survives closing the pool and opening the database again', async () => {
    const url = await database();
    const unit = nextUnit();
    const first = await openPgTestStore(url, await conformanceData(), unit);
    const school = { ...(await first.getSchool()), name: 'Trường mầm non Hoa Sen' };
    await first.saveSchool(school);
    await first.close();
    const again = await openPgTestStore(url, null, unit);
    expect(await again.getSchool()).toEqual(school);
    await again.close();
  });

  it('migrations apply once: a second run and a second start find nothing to do', async () => {
    const url = await database();
    expect(await migrateDatabase(url, REPO_ROOT)).toEqual({ applied: [] });
    expect(await pendingMigrations(url, REPO_ROOT)).toEqual([]);
  });

  it('db:import writes a db.json whole; a second run changes nothing; a unit holding more is reported, --replace fixes it', async () => {
    const url = await database();
    const file = path.join(tempDataDir('import'), 'db.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(await conformanceData())}`);
    const data = await readDatabaseFile(file);
    const pool = createPgPool(url, { max: 2 });
    try {
      const unit = nextUnit();
      const first = await importDatabase(pool, unit, data);
      expect(first.mismatches).toEqual([]);
      expect(first.rows.find((r) => r.key === 'content')).toEqual({ key: 'content', inFile: data.content.length, changed: data.content.length, inDatabase: data.content.length });
      const second = await importDatabase(pool, unit, data);
      expect(second.mismatches).toEqual([]);
      expect(second.rows.map((r) => r.inDatabase)).toEqual(first.rows.map((r) => r.inDatabase));
      expect(second.rows.every((r) => r.changed === 0)).toBe(true);

      const smaller = { ...data, content: data.content.slice(1) };
      expect((await importDatabase(pool, unit, smaller)).mismatches).toEqual(['content']);
      expect((await importDatabase(pool, unit, smaller, { replace: true })).mismatches).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('several processes starting on an empty unit seed it exactly once', async () => {
    const url = await database();
    const unitId = nextUnit();
    const seed = async () => conformanceData();
    const opened = await Promise.all([0, 1, 2].map(() => openPgStore({ databaseUrl: url, repoRoot: REPO_ROOT, seed, unitId })));
    try {
      expect(opened.filter((o) => o.seeded)).toHaveLength(1);
      expect(await opened[0]!.store.listContent()).toHaveLength((await conformanceData()).content.length);
    } finally {
      await Promise.all(opened.map((o) => o.store.close()));
    }
  });

  it('an unreachable database stops the start with a clear message that never shows the password', async () => {
    const url = `postgres://bangtin:mat-khau-bi-mat@127.0.0.1:${await freePort()}/bangtin`;
    const error = await openPgStore({ databaseUrl: url, repoRoot: REPO_ROOT, seed: conformanceData }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(/Cannot use the database postgres:\/\/bangtin:\*\*\*@127\.0\.0\.1/);
    expect((error as Error).message).not.toContain('mat-khau-bi-mat');
  });
});
