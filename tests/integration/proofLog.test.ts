import { appendFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../server/src/clock.ts';
import { ProofLogFullError, createFileProofLog } from '../../server/src/proof/proofLog.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';

const entry = (slideId: string, second: number) => ({
  slideId,
  version: 'v1',
  startedAt: new Date(Date.UTC(2026, 10, 28, 1, 0, second)).toISOString(),
  durationMs: 8000,
});

describe('proof-of-display log on disk', () => {
  it('appends one file per school day, de-duplicates resent batches and survives a torn last line', async () => {
    const dir = tempDataDir('proof');
    const clock = manualClock(new Date('2026-11-28T16:59:00Z')); // 23:59 in Hà Nội
    const log = createFileProofLog(dir, clock, 'Asia/Ho_Chi_Minh');
    await log.append('gate', [entry('a', 0), entry('b', 8)]);
    await log.append('gate', [entry('b', 8)]); // the kiosk never got the ack and sent it again
    appendFileSync(path.join(dir, 'proof-2026-11-28.ndjson'), '{"slideId":"torn'); // power cut mid-line
    clock.advance(2 * 60_000); // 00:01 on the 29th
    await log.append('reception', [entry('c', 16)]);
    await log.close();

    expect(readdirSync(dir).sort()).toEqual(['proof-2026-11-28.ndjson', 'proof-2026-11-29.ndjson']);
    const day = await log.readDay('2026-11-28');
    expect(day.map((r) => `${r.screenId}:${r.slideId}`)).toEqual(['gate:a', 'gate:b']);
    expect((await log.readDay('2026-11-29')).map((r) => r.slideId)).toEqual(['c']);
    expect(await log.readDay('2026-01-01')).toEqual([]);
  });

  it('prunes days older than it keeps', async () => {
    const dir = tempDataDir('proof-prune');
    writeFileSync(path.join(dir, 'proof-2025-01-01.ndjson'), '');
    writeFileSync(path.join(dir, 'proof-2026-11-27.ndjson'), '');
    writeFileSync(path.join(dir, 'notes.txt'), 'kept');
    const log = createFileProofLog(dir, manualClock(new Date('2026-11-28T03:00:00Z')), 'Asia/Ho_Chi_Minh', 30);
    expect(await log.prune()).toBe(1);
    expect(existsSync(path.join(dir, 'proof-2026-11-27.ndjson'))).toBe(true);
    expect(existsSync(path.join(dir, 'notes.txt'))).toBe(true);
  });

  it('a day file stops at its size cap, and readers stream it line by line', async () => {
    const dir = tempDataDir('proof-cap');
    const clock = manualClock(new Date('2026-11-28T03:00:00Z'));
    const log = createFileProofLog(dir, clock, 'Asia/Ho_Chi_Minh', 400, 1_000);
    await log.append('gate', [entry('a', 0), entry('b', 8)]);
    await expect(log.append('gate', Array.from({ length: 10 }, (_, i) => entry(`x${i}`, 20 + i)))).rejects.toBeInstanceOf(ProofLogFullError);
    const file = path.join(dir, 'proof-2026-11-28.ndjson');
    expect(statSync(file).size).toBeLessThanOrEqual(1_000);
    const streamed: string[] = [];
    for await (const record of log.stream('2026-11-28')) streamed.push(record.slideId);
    expect(streamed).toEqual(['a', 'b']);
    // The next day has a file of its own.
    clock.advance(86_400_000);
    await log.append('gate', [entry('c', 0)]);
    await log.close();
    expect((await log.readDay('2026-11-29')).map((r) => r.paired)).toEqual([true]);
  });
});
