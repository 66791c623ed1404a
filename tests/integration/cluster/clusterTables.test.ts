import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type pg from 'pg';
import { manualClock } from '../../../server/src/clock.ts';
import { openCluster } from '../../../server/src/cluster/openCluster.ts';
import { createSharedPresence } from '../../../server/src/cluster/sharedPresence.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { createPresence } from '../../../server/src/realtime/presence.ts';
import { migrateDatabase } from '../../../server/src/store/pg/migrate.ts';
import { createPgPool } from '../../../server/src/store/pg/pool.ts';
import { createTestDatabase } from '../../helpers/postgres.ts';
import { REPO_ROOT } from '../../helpers/serverProcess.ts';

const clusterUrl = inject('pgClusterUrl');
const logger = createLogger('silent');
const clock = manualClock(new Date('2026-11-30T00:15:00Z'));
const assignment = { slug: 'reception', screenId: 'reception', credential: 'c'.repeat(43) };

/** Two processes' cluster parts on one database, in one test process: the tables' rules without child processes. */
describe.skipIf(!clusterUrl)(`cluster tables shared by processes ${inject('pgUnavailable') ?? ''}`, () => {
  let pools: pg.Pool[];
  beforeAll(async () => {
    const url = await createTestDatabase(clusterUrl!);
    await migrateDatabase(url, REPO_ROOT);
    pools = [createPgPool(url, { max: 3 }), createPgPool(url, { max: 3 })];
  });
  afterAll(async () => {
    for (const pool of pools) await pool.end();
  });

  it('a job slot claimed by three processes at once runs on exactly one; the next slot is free again', async () => {
    const links = await Promise.all([0, 1, 1].map((i) => openCluster({ pool: pools[i]!, clock, logger })));
    const won = await Promise.all(links.map((link) => link.claim('day-rollover', '2026-11-29T17:00:01.000Z')));
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(await links[2]!.claim('day-rollover', '2026-11-30T17:00:01.000Z')).toBe(true);
  });

  it('a pairing code offered by one process is taken through another, once, and the kiosk gets its credential from either', async () => {
    const [a, b] = await Promise.all(pools.map((pool) => openCluster({ pool, clock, logger })));
    const { code } = await a!.pairing.offer('device-token-1');
    expect((await b!.pairing.offer('device-token-1')).code).toBe(code);
    const assign = async () => ({ assignment, screenId: 'reception' });
    const [first, second] = await Promise.all([b!.pairing.take(code, assign), a!.pairing.take(code, assign)]);
    expect([first, second].filter((t) => t !== null)).toHaveLength(1);
    expect((await a!.pairing.offer('device-token-1')).paired).toEqual(assignment);
    b!.pairing.handedOver('reception');
    await expect.poll(async () => (await a!.pairing.offer('device-token-1')).paired).toBeUndefined();
  });

  it("the Screens page of one process lists another's kiosk, and stops counting it connected once that process goes silent", async () => {
    const changes: number[] = [];
    const there = createSharedPresence(createPresence(clock, () => undefined), () => undefined, { pool: pools[0]!, processId: 'there', logger, syncMs: 60_000, staleMs: 300 });
    const here = createSharedPresence(createPresence(clock, () => undefined), () => changes.push(1), { pool: pools[1]!, processId: 'here', logger, syncMs: 60_000, staleMs: 300 });
    there.presence.connected('gate');
    await there.sync();
    await here.sync();
    expect(here.presence.list()).toMatchObject([{ screenId: 'gate', online: true, connections: 1 }]);
    expect(changes.length).toBeGreaterThan(0);
    // Killed: it never touches its row again. After the silence, the kiosk counts as disconnected, last seen kept.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await here.sync();
    expect(here.presence.list()).toMatchObject([{ screenId: 'gate', online: false, connections: 0, lastSeen: clock.now().toISOString() }]);
    await Promise.all([there.close(), here.close()]);
  });
});
