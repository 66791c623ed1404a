import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../../server/src/app.ts';
import { manualClock } from '../../../server/src/clock.ts';
import type { ClusterLink } from '../../../server/src/cluster/link.ts';
import { openCluster } from '../../../server/src/cluster/openCluster.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { createPgPool } from '../../../server/src/store/pg/pool.ts';
import type { PgStore } from '../../../server/src/store/pg/pgStore.ts';
import { pgDirectory } from '../../../server/src/units/directoryPg.ts';
import { pgUnitStores } from '../../../server/src/units/unitStores.ts';
import { manualBoundaryTimer } from '../../helpers/manualTimer.ts';
import { createMigratedDatabase, openPgTestStore } from '../../helpers/pgTestStore.ts';
import { seededDatabase, TIMEZONE } from '../../helpers/testApp.ts';
import { call, createUnit, loginAt } from './unitsHarness.ts';

const clusterUrl = inject('pgClusterUrl');
const logger = createLogger(process.env.TEST_LOG ?? 'silent');
const clock = manualClock(new Date('2026-11-28T01:00:00Z'));

/** Two processes' apps on one database, in one test process (each with its own pools and cluster link). */
describe.skipIf(!clusterUrl)(`units across the processes of a cluster ${inject('pgUnavailable') ?? ''}`, () => {
  const procs: Array<{ app: App; url: string; store: PgStore; link: ClusterLink; end(): Promise<void> }> = [];

  beforeAll(async () => {
    const url = await createMigratedDatabase(clusterUrl!);
    const data = await seededDatabase(clock.now());
    for (const first of [true, false]) {
      const store = await openPgTestStore(url, first ? data : null);
      const clusterPool = createPgPool(url, { max: 3 });
      const link = await openCluster({ pool: clusterPool, clock, logger });
      const app = createApp({
        store,
        clock,
        logger,
        timezone: TIMEZONE,
        sessionHours: 12,
        pagesDir: '/nonexistent',
        loginAttempts: 1000,
        boundaryTimer: manualBoundaryTimer(() => clock.now()),
        cluster: link,
        units: { directory: pgDirectory(store.pool), openStore: pgUnitStores({ pool: store.pool, clock, timezone: TIMEZONE }), childTimer: () => manualBoundaryTimer(() => clock.now()) },
      });
      app.start();
      await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
      const { port } = app.http.address() as AddressInfo;
      procs.push({ app, url: `http://127.0.0.1:${port}`, store, link, end: () => clusterPool.end() });
    }
  });
  afterAll(async () => {
    for (const p of procs) {
      await p.app.close();
      await p.store.close();
      await p.end();
    }
  });

  it('a unit made through one process answers through the other at once (its nudge names the unit)', async () => {
    const [one, two] = procs;
    const rootAdmin = (await loginAt(one!.url, '', 'admin')).cookie;
    const made = await createUnit(one!.url, rootAdmin, 'truong-cum', 'Trường cụm');
    await expect.poll(async () => (await call(two!.url, '/truong-cum/api/school')).status, { timeout: 5000 }).toBe(200);
    const { cookie } = await loginAt(two!.url, '/truong-cum', 'quantri', made.admin.password);
    expect((await call(two!.url, '/truong-cum/api/auth/me', { cookie })).text).toContain('quantri');
    // The root admin's session (a row of the root unit) acts there too, through the other process.
    expect((await call(two!.url, '/truong-cum/api/units/current', { cookie: rootAdmin })).text).toContain('"actingFromParent":true');
  });

  it('a process that missed the nudge mounts the unit on its first request (from the directory)', async () => {
    const [, two] = procs;
    const unit = { id: 'unit-lost-nudge', slug: 'truong-lang', name: 'Trường không nghe nudge', kind: 'school' as const, parentId: 'root', createdAt: clock.now().toISOString() };
    expect(await pgDirectory(two!.store.pool).insert(unit)).toBe(true);
    expect((await call(two!.url, '/truong-lang/api/school')).text).toContain('Trường không nghe nudge');
    expect((await call(two!.url, '/khong-co-don-vi/api/school')).status).toBe(404);
  });

  it("a pairing code offered in one unit is never taken in another, and job claims are per unit", async () => {
    const [one, two] = procs;
    const { code } = await one!.link.pairingFor('unit-a').offer('device-token-units');
    const assign = async () => ({ assignment: { slug: 'gate', screenId: 'gate', credential: 'c'.repeat(43) }, screenId: 'gate' });
    expect(await two!.link.pairingFor('unit-b').take(code, assign)).toBeNull();
    expect(await two!.link.pairingFor('unit-a').take(code, assign)).not.toBeNull();
    expect(await one!.link.claim('unit-a:day-rollover', '2026-11-29')).toBe(true);
    expect(await two!.link.claim('unit-b:day-rollover', '2026-11-29')).toBe(true);
    expect(await two!.link.claim('unit-a:day-rollover', '2026-11-29')).toBe(false);
  });
});
