import type { ProofEntry } from '@bangtin/shared';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { manualClock } from '../../../server/src/clock.ts';
import { createPgProofLog, ensureProofMonth, insertProofRows } from '../../../server/src/proof/pgProofLog.ts';
import type { ProofLog } from '../../../server/src/proof/proofLog.ts';
import { collectProofRows, type ProofRowKey, type Totals } from '../../../server/src/proof/proofReport.ts';
import { createPgPool } from '../../../server/src/store/pg/pool.ts';
import type { Store } from '../../../server/src/store/store.ts';
import { createMigratedDatabase } from '../../helpers/pgTestStore.ts';

const clusterUrl = inject('pgClusterUrl');
const TIMEZONE = 'Asia/Ho_Chi_Minh';
const school: Pick<Store, 'getSchool'> = { getSchool: async () => ({ timezone: TIMEZONE }) as Awaited<ReturnType<Store['getSchool']>> };
const play = (slideId: string, startedAt: string, durationMs = 8000): ProofEntry => ({ slideId, version: 'v1', startedAt, durationMs });
const sorted = (rows: Map<ProofRowKey, Totals>) => [...rows].map(([key, t]) => ({ ...key, ...t })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe.skipIf(!clusterUrl)(`the month report summed in SQL ${inject('pgUnavailable') ?? ''}`, () => {
  const pools: Array<ReturnType<typeof createPgPool>> = [];
  afterAll(async () => {
    for (const pool of pools) await pool.end();
  });

  it('gives the same rows as streaming every record through JavaScript: resends across days, unpaired, areas, edges', async () => {
    const pool = createPgPool(await createMigratedDatabase(clusterUrl!), { max: 2 });
    pools.push(pool);
    const clock = manualClock(new Date('2026-10-31T16:30:00Z')); // 23:30 in Hà Nội, 31 October
    const log = createPgProofLog(pool, clock, TIMEZONE);
    // Late evening plays (UTC date ≠ Hà Nội date), one before the month and one after it.
    await log.append('gate', [play('c-1', '2026-10-31T15:00:00.000Z'), play('c-1', '2026-09-30T16:59:59.000Z'), play('c-2', '2026-10-01T00:00:00.000Z', 12_345)]);
    // Stamped with its areas at play, as areasAtPlay.ts does before the log sees it.
    const stamped = { ...play('c-2', '2026-10-31T16:10:00.000Z'), areas: ['II.1', 'II.2a'] };
    await log.append('reception', [stamped]);
    // The next morning the gate resends its batch (received on 1 November): counted once.
    clock.set(new Date('2026-11-01T01:00:00Z'));
    await log.append('gate', [play('c-1', '2026-10-31T15:00:00.000Z'), play('c-3', '2026-10-31T17:00:00.000Z'), play('c-4', '2026-10-30T03:00:00.000Z')]);
    // A backlog play never received on its own day, sent again the day after: counted once too.
    clock.set(new Date('2026-11-02T01:00:00Z'));
    await log.append('gate', [play('c-4', '2026-10-30T03:00:00.000Z')]);
    await log.close();
    // Lines logged before pairing existed (no `paired`) and a play re-filed under other areas.
    await ensureProofMonth(pool, '2026-10-15');
    await insertProofRows(pool, 'root', [
      { day: '2026-10-15', record: { ...play('c-1', '2026-10-15T03:00:00.000Z', 5000), screenId: 'gate', receivedAt: '2026-10-15T03:00:05.000Z' } },
      { day: '2026-10-15', record: { ...play('c-2', '2026-10-15T03:01:00.000Z', 7000), screenId: 'gate', receivedAt: '2026-10-15T03:01:05.000Z', paired: true, areas: ['II.1'] } },
      { day: '2026-10-15', record: { ...play('c-2', '2026-10-15T03:02:00.000Z', 7000), screenId: 'gate', receivedAt: '2026-10-15T03:02:05.000Z', paired: true, areas: ['II.1'] } },
    ]);

    const streamed: ProofLog = { ...log, totals: undefined };
    const reportClock = manualClock(new Date('2026-11-20T03:00:00Z'));
    for (const query of [{ from: '2026-10-01', to: '2026-10-31' }, { from: '2026-10-01', to: '2026-10-31', screenId: 'gate' }, { from: '2026-10-15', to: '2026-10-15' }]) {
      for (const byAreas of [false, true]) {
        const inSql = await collectProofRows({ store: school, proofLog: log, clock: reportClock }, query, { byAreas });
        const inJs = await collectProofRows({ store: school, proofLog: streamed, clock: reportClock }, query, { byAreas });
        expect(sorted(inSql.rows)).toEqual(sorted(inJs.rows));
      }
    }
    const month = sorted((await collectProofRows({ store: school, proofLog: log, clock: reportClock }, { from: '2026-10-01', to: '2026-10-31' })).rows);
    expect(month.reduce((n, r) => n + r.plays, 0)).toBe(7);
    expect(month.find((r) => r.date === '2026-10-31' && r.contentId === 'c-1')).toMatchObject({ plays: 1, seconds: 8 });
    expect(month.find((r) => r.date === '2026-10-01' && r.contentId === 'c-2')).toMatchObject({ seconds: 12.345, pairedSeconds: 12.345 });
    expect(month.find((r) => r.date === '2026-10-30' && r.contentId === 'c-4')).toMatchObject({ plays: 1, seconds: 8 });
    expect(month.find((r) => r.date === '2026-10-15' && r.contentId === 'c-1')).toMatchObject({ plays: 1, pairedPlays: 0, pairedSeconds: 0 });
  });
});
