import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProofEntry, Reply } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import { manualClock } from '../../server/src/clock.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createFileProofLog } from '../../server/src/proof/proofLog.ts';
import { fileSentSlides } from '../../server/src/proof/sentSlides.ts';
import { openFileStore } from '../../server/src/store/openStore.ts';
import { connectDevice, pairDevice } from '../helpers/devicePairing.ts';
import { TIMEZONE, login, nextSnapshot, seededDatabase, type DisplayClient } from '../helpers/testApp.ts';

const proofOf = (client: DisplayClient, entries: ProofEntry[]) =>
  new Promise<Reply<{ accepted: number }>>((resolve) => client.emit('display:proof', entries, resolve));

describe('slides a screen was sent are remembered across a restart', () => {
  it('an offline kiosk’s backlog for a slide withdrawn before the restart still counts after it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bangtin-sent-'));
    const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
    const start = async () => {
      const { store } = await openFileStore(dir, () => seededDatabase(clock.now()));
      const app = createApp({
        store,
        clock,
        logger: createLogger('silent'),
        timezone: TIMEZONE,
        sessionHours: 12,
        pagesDir: '/nonexistent',
        proofLog: createFileProofLog(path.join(dir, 'proof'), clock, TIMEZONE),
        sentSlides: fileSentSlides(path.join(dir, 'proof', 'sent-slides.json')),
      });
      await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
      return { app, store, url: `http://127.0.0.1:${(app.http.address() as { port: number }).port}` };
    };
    const sockets: DisplayClient[] = [];
    try {
      const one = await start();
      const credential = await pairDevice(one.url, await login(one.url), 'gate');
      const kiosk = connectDevice(one.url, { slug: 'gate', credential });
      sockets.push(kiosk);
      const slide = (await nextSnapshot(kiosk)).items[0]!;
      kiosk.disconnect(); // the kiosk goes offline and keeps playing; its proof queues up
      // While it is offline the office archives that slide: no snapshot after the restart carries it again.
      const item = (await one.store.getContent(slide.id))!;
      expect(await one.store.replaceContent({ ...item, status: 'archived', version: item.version + 1 }, item.version)).toBe(true);
      await one.app.close();
      const remembered = JSON.parse(await readFile(path.join(dir, 'proof', 'sent-slides.json'), 'utf8')) as Record<string, Record<string, number>>;
      expect(Object.keys(remembered.gate ?? {})).toContain(slide.id);

      clock.advance(3600_000);
      const two = await start();
      const back = connectDevice(two.url, { slug: 'gate', credential });
      sockets.push(back);
      const snapshot = await nextSnapshot(back);
      expect(snapshot.items.map((i) => i.id)).not.toContain(slide.id);
      const backlog: ProofEntry = { slideId: slide.id, version: 'v-before', startedAt: '2026-11-28T01:10:00.000Z', durationMs: 15_000 };
      const forged: ProofEntry = { slideId: 'never-sent', version: 'v-before', startedAt: '2026-11-28T01:20:00.000Z', durationMs: 15_000 };
      expect(await proofOf(back, [backlog, forged])).toEqual({ ok: true, data: { accepted: 1 } });
      await two.app.close();
    } finally {
      for (const s of sockets) s.disconnect();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
