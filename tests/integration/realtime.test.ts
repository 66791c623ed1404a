import type { ScreenPresence } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { connectDevice, pairDevice } from '../helpers/devicePairing.ts';
import {
  connectAdmin,
  connectDisplay,
  connectError,
  login,
  nextSnapshot,
  startTestApp,
  type AdminClient,
  type DisplayClient,
  type TestApp,
} from '../helpers/testApp.ts';

let t: TestApp;
const sockets: (DisplayClient | AdminClient)[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await t?.close();
});
const track = <S extends DisplayClient | AdminClient>(s: S) => (sockets.push(s), s);

describe('screens over Socket.IO', () => {
  it('sends a full snapshot on connect and again on every reconnect', async () => {
    t = await startTestApp();
    const gate = track(connectDisplay(t.url, 'gate'));
    const first = await nextSnapshot(gate);
    expect(first.screen.slug).toBe('gate');
    expect(first.items.length).toBeGreaterThan(10);
    expect(first.school.name).toBe('Trường mầm non Vườn Xanh Nam Đô');
    gate.disconnect();
    const again = nextSnapshot(gate);
    gate.connect();
    expect((await again).version).toBe(first.version);
  });

  it('refuses an unknown screen with a code the kiosk can explain', async () => {
    t = await startTestApp();
    const ghost = track(connectDisplay(t.url, 'khong-co'));
    expect((await connectError(ghost)).message).toBe('SCREEN_NOT_FOUND');
    const bad = track(connectDisplay(t.url, '../etc/passwd'));
    expect((await connectError(bad)).message).toBe('BAD_HANDSHAKE');
  });

  it('a screen cannot change anything, whatever it sends', async () => {
    t = await startTestApp();
    const before = JSON.stringify(await t.store.listContent());
    const gate = track(connectDisplay(t.url, 'gate'));
    await nextSnapshot(gate);
    const raw = gate as unknown as { emit(event: string, ...args: unknown[]): void };
    raw.emit('content:create', sloganInput({ text: 'hacked' }));
    raw.emit('content:updated', { id: 'x' });
    raw.emit('display:heartbeat', { version: 'x'.repeat(10_000) });
    await new Promise((r) => setTimeout(r, 200));
    expect(JSON.stringify(await t.store.listContent())).toBe(before);
    expect(gate.connected).toBe(true);
  });

  it('reports presence and the acknowledged version to office consoles', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const admin = track(connectAdmin(t.url, cookie));
    const presence: ScreenPresence[][] = [];
    admin.on('screens:presence', (p) => presence.push(p));
    await new Promise<void>((r) => admin.once('connect', () => r()));
    const gate = track(connectDevice(t.url, { slug: 'gate', credential: await pairDevice(t.url, cookie, 'gate') }));
    const snapshot = await nextSnapshot(gate);
    gate.emit('display:heartbeat', { version: snapshot.version, slideId: snapshot.items[0]!.id, uptimeSeconds: 5, viewport: { width: 1920, height: 1080 } });
    await expect.poll(() => presence.at(-1)?.find((p) => p.screenId === 'gate')?.ackedVersion, { timeout: 5000 }).toBe(snapshot.version);
    gate.disconnect();
    await expect.poll(() => presence.at(-1)?.find((p) => p.screenId === 'gate')?.online, { timeout: 5000 }).toBe(false);
  });
});

describe('office consoles over Socket.IO', () => {
  it('refuses the admin namespace without a session', async () => {
    t = await startTestApp();
    const anonymous = track(connectAdmin(t.url));
    expect((await connectError(anonymous)).message).toBe('UNAUTHENTICATED');
  });

  it('pushes content changes to every signed-in console', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const other = await login(t.url, 'hieutruong');
    const watcher = track(connectAdmin(t.url, other));
    await new Promise<void>((r) => watcher.once('connect', () => r()));
    const seen = new Promise<string>((resolve) => watcher.on('content:updated', (item) => item.type === 'slogan' && resolve(item.text)));
    await api(t.url, cookie, 'POST', '/api/content', sloganInput({ text: 'Thông báo cho mọi người' }));
    expect(await seen).toBe('Thông báo cho mọi người');
  });
});
