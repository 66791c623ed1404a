import type { ContentItem, DisplaySnapshot } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { connectDisplay, login, nextSnapshot, startTestApp, type DisplayClient, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
const sockets: DisplayClient[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await t?.close();
});

/** A kiosk of `slug` with every snapshot it receives, once its first (connect) snapshot has arrived. */
async function kiosk(slug: string) {
  const socket = connectDisplay(t.url, slug);
  sockets.push(socket);
  const received: DisplaySnapshot[] = [];
  socket.on('display:snapshot', (s) => received.push(s));
  await nextSnapshot(socket);
  return { socket, received, latest: () => received[received.length - 1] };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('one planning step per change', () => {
  it('a save is one read of the store and one evaluation, for the push and the boundary task alike', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const gate = await kiosk('gate');
    await settle();
    const before = t.app.evaluations();

    const arrives = nextSnapshot(gate.socket, (s) => s.items.some((i) => i.type === 'slogan' && i.text === 'Một lần đánh giá'));
    await api(t.url, cookie, 'POST', '/api/content', sloganInput({ text: 'Một lần đánh giá' }));
    await arrives;
    await settle();
    expect(t.app.evaluations() - before).toBe(1);
  });

  it('changes that arrive while a step runs collapse: never more evaluations than changes', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    await kiosk('gate');
    await settle();
    const before = t.app.evaluations();
    const texts = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm'].map((n) => `Khẩu hiệu ${n}`);
    await Promise.all(texts.map((text) => api(t.url, cookie, 'POST', '/api/content', sloganInput({ text }))));
    await settle();
    const runs = t.app.evaluations() - before;
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThanOrEqual(texts.length);
  });
});

describe('who gets a push', () => {
  it('only kiosks that do not hold the new version: none on a step that changes nothing, one each on a change', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const a = await kiosk('gate');
    const b = await kiosk('gate');
    await t.app.publish();
    await settle();
    expect([a.received.length, b.received.length]).toEqual([1, 1]);

    await api(t.url, cookie, 'POST', '/api/content', sloganInput({ text: 'Thay đổi mới' }));
    await settle();
    expect([a.received.length, b.received.length]).toEqual([2, 2]);
    expect(a.latest()?.version).toBe(b.latest()?.version);
    await t.app.publish();
    await settle();
    expect([a.received.length, b.received.length]).toEqual([2, 2]);
  });

  it('a kiosk that connected mid-change (and got the new version directly) is skipped while its sibling gets it', async () => {
    t = await startTestApp();
    const a = await kiosk('gate');
    // A change stored but not yet pushed (its planning step still to come).
    const item = (await t.store.listContent()).find((c): c is Extract<ContentItem, { type: 'slogan' }> => c.type === 'slogan');
    if (!item) throw new Error('the seed has no slogan');
    await t.store.insertContent({ ...item, id: 'c-mid-change', text: 'Giữa lúc thay đổi' });
    const b = await kiosk('gate');
    expect(b.latest()?.version).not.toBe(a.latest()?.version);

    await t.app.publish();
    await settle();
    expect(a.received.length).toBe(2);
    expect(a.latest()?.version).toBe(b.latest()?.version);
    expect(b.received.length).toBe(1);
    await t.app.publish();
    await settle();
    expect([a.received.length, b.received.length]).toEqual([2, 1]);
  });
});
