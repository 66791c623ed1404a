import { api as routes, type RouteContract } from '@bangtin/shared/api';
import { DEFAULT_NOTIFY_SETTINGS } from '@bangtin/shared';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openForm, parentFeedback, postForm } from '../helpers/feedbackForms.ts';
import { freePort } from '../helpers/freePort.ts';
import { connectDisplay, login, nextSnapshot, startTestApp, type TestApp } from '../helpers/testApp.ts';

/** Sender details no other text in the system could contain by chance. */
const SENDER = {
  name: 'Lê Thị Zqrò Rỉ',
  address: 'Ngõ Bímật Zq77, Hà Nội',
  phone: '0966 554 433',
  email: 'zq7.leak@example.vn',
};
const NEEDLES = ['Zqrò', 'Bímật', 'Zq77', '0966 554 433', '0966554433', '966554433', '966 554 433', 'zq7.leak', '%40example.vn'];

const leaksIn = (where: string, text: string) =>
  NEEDLES.filter((needle) => text.normalize('NFC').toLowerCase().includes(needle.normalize('NFC').toLowerCase())).map((n) => `${where}: ${n}`);

/**
 * The privacy promise of issue #13 item 6, checked from the outside: while feedback with known sender details exists
 * (sent by the page and the API, with a refused attempt and a failing mail on the way), nothing a screen, a visitor
 * or the proof report can read, and no log line, contains any of those details.
 */
describe('sender details never leak', () => {
  let t: TestApp;
  const logLines: string[] = [];
  const codes: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ logger: pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) }) });
    // Mail is set but its server is down: the failure is logged (without the address).
    await t.store.saveNotifySettings({ ...DEFAULT_NOTIFY_SETTINGS, enabled: true, host: '127.0.0.1', port: await freePort(), from: 'bangtin@example.vn' });
    let stamp = await openForm(t);
    const refused = await postForm(t, { _t: stamp, ...parentFeedback(SENDER), content: '' }).expect(400);
    stamp = /name="_t" value="([^"]+)"/.exec(refused.text)?.[1] ?? '';
    t.clock.advance(5000);
    const sent = await postForm(t, { _t: stamp, ...parentFeedback({ ...SENDER, content: 'Phòng chờ nóng, đề nghị lắp quạt.' }) }).expect(303);
    codes.push(/GY-[A-Z0-9]+/.exec(sent.headers.location ?? '')?.[0] ?? '');
    await request(t.url).post('/api/public/feedback').send({ ...SENDER, email: 'sai@', subject: 'x' }).expect(400);
    const viaApi = await request(t.url).post('/api/public/feedback').send(parentFeedback({ ...SENDER, subject: 'proposal', content: 'Hiến kế: sân chơi có mái che.' })).expect(201);
    codes.push(viaApi.body.data.code as string);
    // The office publishes an (anonymised) answer on one of them, as the handling flow will.
    const item = (await t.store.feedback.list()).find((f) => f.code === codes[0]);
    if (item) {
      const at = t.clock.now().toISOString();
      await t.store.feedback.replace({ ...item, status: 'published', publicSummary: 'Phụ huynh đề nghị lắp quạt phòng chờ.', publicAnswer: 'Nhà trường đã lắp 2 quạt.', publishedAt: at, updatedAt: at, version: item.version + 1 });
    }
    await t.app.feedback.idle();
  });
  afterAll(() => t.close());

  it('the stored item really holds the details (so the checks below can fail)', async () => {
    expect(JSON.stringify(await t.store.feedback.list())).toContain('Zqrò');
    expect(codes.every((c) => /^GY-/.test(c))).toBe(true);
  });

  it('not in any display snapshot payload (socket and REST) of any screen', async () => {
    const screens = await t.store.listScreens();
    expect(screens.length).toBeGreaterThan(0);
    const leaks: string[] = [];
    for (const screen of screens) {
      const client = connectDisplay(t.url, screen.slug);
      try {
        leaks.push(...leaksIn(`socket ${screen.slug}`, JSON.stringify(await nextSnapshot(client))));
      } finally {
        client.close();
      }
      const rest = await request(t.url).get(`/api/display/${screen.slug}`);
      leaks.push(...leaksIn(`GET /api/display/${screen.slug}`, rest.text));
    }
    expect(leaks).toEqual([]);
  });

  it('not on any public page, feed or public API reply (the whole site crawled from its entry points)', async () => {
    const start = ['/gop-y', '/gop-y/tra-cuu', ...codes.map((c) => `/gop-y/${c}`), ...codes.map((c) => `/gop-y/${c}?da-gui=1`)];
    start.push('/thong-bao', '/thu-tuc', '/khao-sat', '/tim-hieu', '/site/site.css');
    const screens = await t.store.listScreens();
    const publicGets = Object.values(routes)
      .flatMap((domain) => Object.values(domain) as RouteContract[])
      .filter((r) => r.access === 'public' && r.method === 'get');
    for (const route of publicGets) {
      const fills = route.path.includes(':slug') ? screens.map((s) => s.slug) : route.path.includes(':code') ? codes : [''];
      for (const fill of fills) start.push(route.path.replace(/:[A-Za-z]+/, fill));
    }
    const seen = new Set<string>();
    const queue = [...start];
    const leaks: string[] = [];
    let answered = 0;
    while (queue.length > 0 && seen.size < 300) {
      const path = queue.shift() ?? '';
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await request(t.url).get(path).buffer(true);
      if (res.status >= 200 && res.status < 300) answered += 1;
      const body = typeof res.text === 'string' ? res.text : '';
      leaks.push(...leaksIn(path, body + JSON.stringify(res.headers)));
      for (const [, href] of body.matchAll(/(?:href|src)="(\/[^"/][^"]*)"/g)) {
        const link = (href ?? '').replace(/&amp;/g, '&').split('#')[0] ?? '';
        if (link && !/^\/(admin|display|site\/fonts|media)\b/.test(link) && !seen.has(link)) queue.push(link);
      }
    }
    expect(answered).toBeGreaterThan(5);
    expect(leaks).toEqual([]);
  });

  it('not in the proof report, the audit log or any log line', async () => {
    const cookie = await login(t.url, 'hieutruong');
    const day = t.clock.now().toISOString().slice(0, 10);
    const proof = await request(t.url).get('/api/reports/proof').query({ from: day, to: day }).set('cookie', cookie).expect(200);
    const proofCsv = await request(t.url).get('/api/reports/proof.csv').query({ from: day, to: day }).set('cookie', cookie).expect(200);
    const audit = await request(t.url).get('/api/audit.csv').set('cookie', cookie).expect(200);
    expect(audit.text).toContain('feedback.received');
    expect(logLines.some((line) => line.includes('feedback acknowledgement mail failed'))).toBe(true);
    expect([
      ...leaksIn('proof', proof.text),
      ...leaksIn('proof.csv', proofCsv.text),
      ...leaksIn('audit', audit.text),
      ...logLines.flatMap((line, i) => leaksIn(`log line ${i}`, line)),
    ]).toEqual([]);
  });
});
