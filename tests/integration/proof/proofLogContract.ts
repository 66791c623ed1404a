import type { ProofEntry } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { manualClock, type Clock } from '../../../server/src/clock.ts';
import { collectProofRows } from '../../../server/src/proof/proofReport.ts';
import type { ProofLog } from '../../../server/src/proof/proofLog.ts';
import type { Store } from '../../../server/src/store/store.ts';

export const TIMEZONE = 'Asia/Ho_Chi_Minh';

/** A place proof of display is kept: `open` gives a writer on it (call twice = two processes on the same storage). */
export interface ProofStorageUnderTest {
  open(clock: Clock): ProofLog;
  /** Releases what the storage holds (pools, folders). */
  dispose(): Promise<void>;
}

export const play = (slideId: string, startedAt: string, durationMs = 8000): ProofEntry => ({ slideId, version: 'v1', startedAt, durationMs });

const school: Pick<Store, 'getSchool'> = {
  getSchool: async () => ({ timezone: TIMEZONE }) as Awaited<ReturnType<Store['getSchool']>>,
};

const byKey = (records: { screenId: string; slideId: string; startedAt: string }[]) =>
  records.map((r) => `${r.screenId}:${r.slideId}:${r.startedAt}`).sort();

/**
 * The behaviour every proof-of-display log keeps, whatever holds it (the day files, memory, PostgreSQL): the reports and
 * the proof gate read only through this contract, so passing it on both means they give the same answers on both.
 */
export function describeProofLogContract(name: string, storage: () => Promise<ProofStorageUnderTest>): void {
  describe(`proof of display kept in ${name}`, () => {
    it('keeps each play under its day of receipt in the school’s timezone, a resent batch once', async () => {
      const held = await storage();
      try {
        const clock = manualClock(new Date('2026-11-28T16:59:00Z')); // 23:59 in Hà Nội
        const log = held.open(clock);
        await log.append('gate', [play('a', '2026-11-28T16:58:00.000Z'), play('b', '2026-11-28T16:58:08.000Z')]);
        await log.append('gate', [play('b', '2026-11-28T16:58:08.000Z')]); // the ack was lost: sent again
        clock.advance(2 * 60_000); // 00:01 on the 29th
        await log.append('reception', [play('c', '2026-11-28T17:00:30.000Z')]);
        await log.close();

        const day = await log.readDay('2026-11-28');
        expect(byKey(day)).toEqual(['gate:a:2026-11-28T16:58:00.000Z', 'gate:b:2026-11-28T16:58:08.000Z']);
        expect(day[0]).toEqual({ ...play('a', '2026-11-28T16:58:00.000Z'), screenId: 'gate', receivedAt: '2026-11-28T16:59:00.000Z', paired: true });
        expect((await log.readDay('2026-11-29')).map((r) => r.slideId)).toEqual(['c']);
        expect(await log.readDay('2026-01-01')).toEqual([]);
      } finally {
        await held.dispose();
      }
    });

    it('answers the reports’ questions: one screen of a day, and totals per school day × screen × item', async () => {
      const held = await storage();
      try {
        const clock = manualClock(new Date('2026-11-27T02:00:00Z'));
        const log = held.open(clock);
        await log.append('gate', [play('a', '2026-11-27T01:00:00.000Z'), play('a', '2026-11-27T01:00:10.000Z', 5000)]);
        await log.append('hall', [play('a', '2026-11-27T01:00:00.000Z')]);
        // A kiosk back from an outage: yesterday's play received today, and sent once more the day after.
        clock.advance(86_400_000);
        await log.append('gate', [play('b', '2026-11-27T03:00:00.000Z', 10_000)]);
        clock.advance(86_400_000);
        await log.append('gate', [play('b', '2026-11-27T03:00:00.000Z', 10_000)]);
        await log.close();

        expect(byKey(await log.readDay('2026-11-27', { screenId: 'hall' }))).toEqual(['hall:a:2026-11-27T01:00:00.000Z']);
        const streamed: string[] = [];
        for await (const record of log.stream('2026-11-27', { screenId: 'gate' })) streamed.push(record.slideId);
        expect(streamed).toEqual(['a', 'a']);

        const { rows } = await collectProofRows({ store: school, proofLog: log, clock }, { from: '2026-11-27', to: '2026-11-27' });
        const totals = Object.fromEntries([...rows].map(([k, t]) => [`${k.date}|${k.screenId}|${k.contentId}`, t]));
        expect(totals).toEqual({
          '2026-11-27|gate|a': { seconds: 13, plays: 2, pairedSeconds: 13, pairedPlays: 2 },
          '2026-11-27|hall|a': { seconds: 8, plays: 1, pairedSeconds: 8, pairedPlays: 1 },
          '2026-11-27|gate|b': { seconds: 10, plays: 1, pairedSeconds: 10, pairedPlays: 1 },
        });
      } finally {
        await held.dispose();
      }
    });

    it('forgets days of receipt past 400 days and keeps the 400th', async () => {
      const held = await storage();
      try {
        const now = new Date('2026-11-28T03:00:00Z');
        const clock = manualClock(now);
        const log = held.open(clock);
        const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
        for (const n of [401, 400, 399]) {
          clock.set(daysAgo(n));
          await log.append('gate', [play(`d${n}`, daysAgo(n).toISOString())]);
        }
        clock.set(now);
        expect(await log.prune()).toBe(1);
        expect(await log.readDay('2025-10-23')).toEqual([]); // 401 days before 2026-11-28
        expect((await log.readDay('2025-10-24')).map((r) => r.slideId)).toEqual(['d400']);
        expect((await log.readDay('2025-10-25')).map((r) => r.slideId)).toEqual(['d399']);
        expect(await log.prune()).toBe(0);
        await log.close();
      } finally {
        await held.dispose();
      }
    });

    it('two writers on the same storage (two processes) appending at once lose nothing', async () => {
      const held = await storage();
      try {
        const clock = manualClock(new Date('2026-11-28T03:00:00Z'));
        const [one, two] = [held.open(clock), held.open(clock)];
        const batch = (screen: string, from: number) =>
          Array.from({ length: 20 }, (_, i) => play(`s${i % 4}`, new Date(Date.UTC(2026, 10, 28, 2, 0, 0) + (from + i) * 10_000).toISOString()));
        const writes = [];
        for (let b = 0; b < 10; b++) {
          writes.push(one.append('gate', batch('gate', b * 20)), two.append('hall', batch('hall', b * 20)));
        }
        await Promise.all(writes);
        await Promise.all([one.close(), two.close()]);
        const day = await one.readDay('2026-11-28');
        expect(day.filter((r) => r.screenId === 'gate')).toHaveLength(200);
        expect(day.filter((r) => r.screenId === 'hall')).toHaveLength(200);
        expect(await two.readDay('2026-11-28')).toHaveLength(400);
      } finally {
        await held.dispose();
      }
    });
  });
}
