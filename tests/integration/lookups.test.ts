import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEVICE_CREDENTIAL_HEADER, type FailedSearchStat, type LookupStat } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import { manualClock } from '../../server/src/clock.ts';
import { createLogger } from '../../server/src/logger.ts';
import { openFileStore } from '../../server/src/store/openStore.ts';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { pairDevice } from '../helpers/devicePairing.ts';
import { TIMEZONE, login, seededDatabase, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The reception kiosk's device credential (look-ups count only from the paired screen). */
let credential = '';
const pairReception = async (url: string) => {
  credential = await pairDevice(url, await login(url), 'reception');
};
const report = (url: string, contentId: unknown, slug = 'reception') =>
  fetch(`${url}/api/display/${slug}/lookups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [DEVICE_CREDENTIAL_HEADER]: credential },
    body: JSON.stringify({ contentId }),
  });

async function procedureIds(app: TestApp): Promise<string[]> {
  return (await app.store.listContent()).filter((c) => c.type === 'procedure').map((c) => c.id);
}

async function stats(url: string, cookie: string): Promise<LookupStat[]> {
  const res = await api(url, cookie, 'GET', '/api/lookups');
  expect(res.status).toBe(200);
  return res.data as unknown as LookupStat[];
}

describe('the reception catalogue', () => {
  it('an interactive screen gets every approved procedure valid today, whatever its assignment; other screens get none', async () => {
    t = await startTestApp();
    const snapshot = async (slug: string) =>
      ((await (await fetch(`${t?.url}/api/display/${slug}`)).json()) as { data: { catalogue: { id: string; type: string }[] } }).data;
    const ids = await procedureIds(t);
    const reception = await snapshot('reception');
    expect(reception.catalogue.map((i) => i.id).sort()).toEqual([...ids].sort());
    expect(reception.catalogue.every((i) => i.type === 'procedure')).toBe(true);
    expect((await snapshot('gate')).catalogue).toEqual([]);

    // Archived or out of its dates: gone from the look-up.
    const cookie = await login(t.url);
    expect((await api(t.url, cookie, 'POST', `/api/content/${ids[0]}/status`, { status: 'archived' })).status).toBe(200);
    expect((await snapshot('reception')).catalogue.map((i) => i.id)).toEqual(ids.slice(1));
  });
});

describe('reception look-up counts', () => {
  it('counts an approved procedure per school day, shows it to editors, and refuses bad ids and other screens', async () => {
    t = await startTestApp();
    await pairReception(t.url);
    const [first, second] = await procedureIds(t);
    expect(first && second).toBeTruthy();

    expect((await report(t.url, first)).status).toBe(202);
    // The same kiosk opening it again moments later is the same look-up.
    expect(await (await report(t.url, first)).json()).toEqual({ data: { counted: false } });
    t.clock.advance(61_000);
    expect(await (await report(t.url, first)).json()).toEqual({ data: { counted: true } });
    expect((await report(t.url, second)).status).toBe(202);

    expect((await report(t.url, 'no-such-item')).status).toBe(404);
    expect((await report(t.url, '../../etc')).status).toBe(400);
    const slogan = (await t.store.listContent()).find((c) => c.type === 'slogan');
    expect((await report(t.url, slogan?.id)).status).toBe(404);
    expect((await report(t.url, first, 'gate')).status).toBe(403);
    expect((await report(t.url, first, 'nowhere')).status).toBe(404);

    const editor = await login(t.url, 'vanphong');
    const rows = await stats(t.url, editor);
    expect(rows.find((r) => r.contentId === first)).toMatchObject({ last7Days: 2, last30Days: 2, total: 2, code: '1.001622' });
    expect(rows.find((r) => r.contentId === second)).toMatchObject({ total: 1 });
    expect(rows[0]?.contentId).toBe(first); // most looked-up first
    expect(rows.some((r) => r.contentId === slogan?.id)).toBe(false);

    // Anonymous callers never see the counts.
    expect((await fetch(`${t.url}/api/lookups`)).status).toBe(401);

    // A week later the look-ups leave the 7-day column but stay in 30 days and the total.
    t.clock.advance(8 * 24 * 3600_000);
    const later = await stats(t.url, await login(t.url, 'vanphong'));
    expect(later.find((r) => r.contentId === first)).toMatchObject({ last7Days: 0, last30Days: 2, total: 2 });
  });

  it('a client that reports faster than a kiosk could is cut off, and drafts are never counted', async () => {
    t = await startTestApp();
    await pairReception(t.url);
    const [first] = await procedureIds(t);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await report(t.url, first)).status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(30);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    const limited = (await (await report(t.url, first)).json()) as { error: { code: string; message: string } };
    expect(limited.error.code).toBe('RATE_LIMITED');
    expect(limited.error.message).toMatch(/thử lại/);
    // The budget refills at 12 a minute.
    t.clock.advance(10_000);
    expect((await report(t.url, first)).status).toBe(202);

    const cookie = await login(t.url, 'vanphong');
    const draft = await api(t.url, cookie, 'POST', '/api/content', { ...sloganInput(), status: 'draft' });
    expect(draft.status).toBe(201);
    t.clock.advance(60_000);
    expect((await report(t.url, (draft.data as unknown as { id: string }).id)).status).toBe(404);
    expect((await stats(t.url, cookie)).find((r) => r.contentId === first)?.total).toBe(1);
  });

  it('counts are written in batches and survive a restart', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bangtin-lookups-'));
    try {
      const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
      const seed = () => seededDatabase(clock.now());
      const start = async () => {
        const { store } = await openFileStore(dir, seed);
        const app = createApp({ store, clock, logger: createLogger('silent'), timezone: TIMEZONE, sessionHours: 12, pagesDir: '/nonexistent' });
        await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
        const { port } = app.http.address() as { port: number };
        return { app, store, url: `http://127.0.0.1:${port}` };
      };
      const one = await start();
      await pairReception(one.url);
      const id = (await one.store.listContent()).find((c) => c.type === 'procedure')?.id ?? '';
      for (let i = 0; i < 3; i++) {
        expect((await report(one.url, id)).status).toBe(202);
        clock.advance(61_000);
      }
      // Nothing written per tap: the counts wait in memory for the flush job (or shutdown).
      expect(await one.store.listLookups()).toEqual([]);
      await one.app.close();

      const two = await start();
      expect(await two.store.listLookups()).toEqual([{ contentId: id, date: '2026-11-28', count: 3 }]);
      const cookie = await login(two.url);
      expect((await stats(two.url, cookie)).find((r) => r.contentId === id)?.total).toBe(3);
      await two.app.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('reception searches that found nothing', () => {
  let device = '';
  const reportFailed = (url: string, query: unknown, slug = 'reception', credential = device) =>
    fetch(`${url}/api/display/${slug}/failed-searches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(credential ? { [DEVICE_CREDENTIAL_HEADER]: credential } : {}) },
      body: JSON.stringify({ query }),
    });
  const failedList = async (url: string, cookie: string) => {
    const res = await api(url, cookie, 'GET', '/api/lookups/failed-searches');
    expect(res.status).toBe(200);
    return res.data as unknown as FailedSearchStat[];
  };

  it('the office learns what parents looked for in vain: folded words per day, no phone numbers, nothing about who', async () => {
    t = await startTestApp();
    // A stranger on the LAN (no device credential) adds nothing; the paired reception kiosk is believed.
    expect(await (await reportFailed(t.url, 'hoc bong', 'reception', '')).json()).toEqual({ data: { counted: false } });
    device = await pairDevice(t.url, await login(t.url), 'reception');
    expect((await reportFailed(t.url, 'Học bổng')).status).toBe(202);
    expect((await reportFailed(t.url, 'hoc   BONG')).status).toBe(202);
    // A phone number, an ID card number or an e-mail typed into the search is not kept; a procedure code is.
    expect(await (await reportFailed(t.url, 'con tôi 0912345678 a@b.vn 079123456789 1.009999')).json()).toEqual({ data: { counted: true } });
    expect(await (await reportFailed(t.url, '0912345678')).json()).toEqual({ data: { counted: false } });

    t.clock.advance(8 * 24 * 3600_000);
    expect((await reportFailed(t.url, 'xe đưa đón')).status).toBe(202);

    const editor = await login(t.url, 'vanphong');
    expect(await failedList(t.url, editor)).toEqual([
      { query: 'hoc bong', last7Days: 0, last30Days: 2 },
      { query: 'xe dua don', last7Days: 1, last30Days: 1 },
      { query: 'con toi 1.009999', last7Days: 0, last30Days: 1 },
    ]);
    // What is stored is exactly that: words, a day and a count.
    const stored = await t.store.listFailedSearches();
    expect(stored.every((row) => Object.keys(row).sort().join() === 'count,date,query')).toBe(true);

    // Anonymous callers never read the list; other screens and bad bodies are refused.
    expect((await fetch(`${t.url}/api/lookups/failed-searches`)).status).toBe(401);
    expect((await reportFailed(t.url, 'hoc bong', 'gate')).status).toBe(403);
    expect((await reportFailed(t.url, '')).status).toBe(400);
    expect((await reportFailed(t.url, 'x'.repeat(201))).status).toBe(400);

    // After 30 days a search leaves the list.
    t.clock.advance(23 * 24 * 3600_000);
    expect((await failedList(t.url, await login(t.url, 'vanphong'))).map((r) => r.query)).toEqual(['xe dua don']);
  });

  it('a client reporting faster than a kiosk could is cut off', async () => {
    t = await startTestApp();
    device = await pairDevice(t.url, await login(t.url), 'reception');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await reportFailed(t.url, `tu khoa ${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
