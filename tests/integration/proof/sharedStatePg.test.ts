import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { manualClock } from '../../../server/src/clock.ts';
import { createFailedLoginLog } from '../../../server/src/domain/failedLogins.ts';
import { createPgFailedLoginLog } from '../../../server/src/domain/failedLoginsPg.ts';
import { importProofFiles } from '../../../server/src/proof/importProofFiles.ts';
import { createFileProofLog } from '../../../server/src/proof/proofLog.ts';
import { fileSentSlides } from '../../../server/src/proof/sentSlides.ts';
import { createPgProofLog } from '../../../server/src/proof/pgProofLog.ts';
import { createProofGate, PROOF_MAX_AGE_MS } from '../../../server/src/proof/proofGate.ts';
import { pgSentSlides } from '../../../server/src/proof/pgSentSlides.ts';
import { migrateDatabase } from '../../../server/src/store/pg/migrate.ts';
import { createPgPool } from '../../../server/src/store/pg/pool.ts';
import { createTestDatabase } from '../../helpers/postgres.ts';
import { tempDataDir } from '../../helpers/serverProcess.ts';
import { play } from './proofLogContract.ts';

const clusterUrl = inject('pgClusterUrl');
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe.skipIf(!clusterUrl)(`state shared by every process through PostgreSQL ${inject('pgUnavailable') ?? ''}`, () => {
  let url = '';
  const pools: pg.Pool[] = [];
  /** A new pool: what a second process, or this one after a restart, would have. */
  const process = () => {
    const pool = createPgPool(url, { max: 2 });
    pools.push(pool);
    return pool;
  };
  beforeAll(async () => {
    url = await createTestDatabase(clusterUrl!, 'shared');
    await migrateDatabase(url, repoRoot);
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
  });

  it('the slides a screen was sent survive a restart, and what two processes sent is merged, not overwritten', async () => {
    const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
    const now = clock.now().getTime();
    const one = pgSentSlides(process(), clock);
    const two = pgSentSlides(process(), clock);
    expect(await one.load()).toEqual({});
    await one.save({ gate: { a: now - 1000, b: now - 500 } });
    await two.save({ gate: { a: now }, hall: { c: now } }); // process two pushed slide a again, and hall's c
    await one.save({ gate: { a: now - 1000, b: now } }); // process one's older time for a must not win
    // Slides older than any backlog a kiosk can still send are forgotten.
    await two.save({ gate: { a: now, old: now - PROOF_MAX_AGE_MS - 60_000 }, hall: { c: now } });

    const restarted = pgSentSlides(process(), clock);
    expect(await restarted.load()).toEqual({ gate: { a: now, b: now }, hall: { c: now } });
  });

  it('refused logins from every process show in one list, newest first, and the table stays bounded', async () => {
    const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
    const one = createPgFailedLoginLog(process(), clock, { keep: 5 });
    const two = createPgFailedLoginLog(process(), clock, { keep: 5 });
    one.record({ username: 'ghost', address: '10.0.0.1', reason: 'password' });
    await one.flush();
    clock.advance(1000);
    two.record({ username: 'x'.repeat(200), address: '10.0.0.2', reason: 'throttled' });
    await two.flush();
    const listed = await createPgFailedLoginLog(process(), clock, { keep: 5 }).list();
    expect(listed).toEqual([
      { at: '2026-11-28T01:00:01.000Z', username: 'x'.repeat(80), address: '10.0.0.2', reason: 'throttled' },
      { at: '2026-11-28T01:00:00.000Z', username: 'ghost', address: '10.0.0.1', reason: 'password' },
    ]);

    // A burst of guesses (group-committed, never awaited by the login) keeps the newest and trims the table.
    for (let i = 0; i < 40; i++) one.record({ username: `guess-${i}`, address: '10.0.0.3', reason: 'throttled' });
    await one.flush();
    expect((await two.list()).map((r) => r.username)).toEqual(['guess-39', 'guess-38', 'guess-37', 'guess-36', 'guess-35']);
    const { rows } = await process().query<{ n: number }>('SELECT count(*)::int AS n FROM failed_logins');
    expect(rows[0]!.n).toBeLessThan(42);
  });

  it('a kiosk that moved to another process has its backlog believed for slides the first process sent it', async () => {
    const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
    const [poolA, poolB] = [process(), process()];
    const gateA = createProofGate({ clock, proofLog: createPgProofLog(poolA, clock, 'Asia/Ho_Chi_Minh'), sentSlides: pgSentSlides(poolA, clock) });
    const logB = createPgProofLog(poolB, clock, 'Asia/Ho_Chi_Minh');
    const gateB = createProofGate({ clock, proofLog: logB, sentSlides: pgSentSlides(poolB, clock) });
    const shown = [play('banner', '2026-11-28T01:00:10.000Z')];
    expect((await gateB.admit('lobby', shown)).admitted).toEqual([]); // nobody sent it yet

    gateA.noteSnapshot({ screen: { id: 'lobby' }, items: [{ id: 'banner' }], catalogue: [], schedule: null });
    await gateA.flush();
    expect((await gateB.admit('lobby', shown)).admitted).toEqual([]); // re-read at most every 10 s per screen
    clock.advance(10_001);
    const { admitted } = await gateB.admit('lobby', shown);
    expect(admitted).toEqual(shown);
    await logB.append('lobby', admitted);
    await logB.close();
    expect((await createPgProofLog(poolA, clock, 'Asia/Ho_Chi_Minh').readDay('2026-11-28')).map((r) => r.slideId)).toEqual(['banner']);
  });

  it('db:import moves a school’s proof files into PostgreSQL once, however often it is run', async () => {
    const dataDir = tempDataDir('proof-import');
    const clock = manualClock(new Date('2026-11-27T03:00:00Z'));
    const files = createFileProofLog(path.join(dataDir, 'proof'), clock, 'Asia/Ho_Chi_Minh');
    await files.append('gate', [play('a', '2026-11-27T02:00:00.000Z'), play('b', '2026-11-27T02:00:08.000Z')]);
    clock.advance(86_400_000);
    await files.append('hall', [play('c', '2026-11-28T02:00:00.000Z')]);
    await files.close();
    appendFileSync(path.join(dataDir, 'proof', 'proof-2026-11-28.ndjson'), '{"slideId":"torn'); // a power cut mid-line
    await fileSentSlides(path.join(dataDir, 'proof', 'sent-slides.json')).save({ gate: { a: clock.now().getTime() } });
    const refused = createFailedLoginLog(clock, { file: path.join(dataDir, 'failed-logins.jsonl') });
    refused.record({ username: 'ghost', address: '10.0.0.9', reason: 'password' });
    await refused.flush();

    const pool = process();
    await pool.query('TRUNCATE proof_records, proof_sent_slides, failed_logins');
    const printed: string[] = [];
    const first = await importProofFiles(dataDir, pool, { clock, log: (line) => printed.push(line) });
    expect(first).toEqual({
      proof: { days: 2, read: 3, inserted: 3, skipped: 1 },
      sentSlides: { screens: 1, slides: 1 },
      failedLogins: { read: 1, inserted: 1, skipped: 0 },
    });
    expect(printed).toHaveLength(3);
    const again = await importProofFiles(dataDir, pool, { clock, log: () => undefined });
    expect(again.proof.inserted + again.failedLogins.inserted).toBe(0);

    const shared = createPgProofLog(pool, clock, 'Asia/Ho_Chi_Minh');
    expect(await shared.readDay('2026-11-27')).toEqual(await files.readDay('2026-11-27'));
    expect((await shared.readDay('2026-11-28')).map((r) => r.slideId)).toEqual(['c']);
    expect(await pgSentSlides(pool, clock).load()).toEqual({ gate: { a: clock.now().getTime() } });
    expect((await createPgFailedLoginLog(pool, clock).list()).map((r) => r.username)).toEqual(['ghost']);
  });
});
