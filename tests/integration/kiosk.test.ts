import { PAIRING_NAMESPACE, type DisplayCommand, type PairingAssignment, type PairingOffer, type PairingServerToClientEvents, type ProofEntry, type Reply } from '@bangtin/shared';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../helpers/contentFixtures.ts';
import { connectDevice, pairDevice } from '../helpers/devicePairing.ts';
import { connectDisplay, login, nextSnapshot, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
const sockets: { disconnect(): unknown }[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await t?.close();
});
const track = <S extends { disconnect(): unknown }>(s: S) => (sockets.push(s), s);
const TOKEN = 'kiosk-device-token-0123456789abcdefghij';

describe('pairing a new kiosk', () => {
  it('shows a six-digit code; the office claims it and the kiosk is told its screen', async () => {
    t = await startTestApp();
    const askAgain = async () => (await (await fetch(`${t.url}/api/pairing`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviceToken: TOKEN }) })).json()).data as PairingOffer;
    const offer = await fetch(`${t.url}/api/pairing`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deviceToken: TOKEN }),
    });
    expect(offer.status).toBe(200);
    const { code } = (await offer.json()).data as { code: string };
    expect(code).toMatch(/^\d{6}$/);

    const waiting: Socket<PairingServerToClientEvents> = track(
      connect(`${t.url}${PAIRING_NAMESPACE}`, { auth: { deviceToken: TOKEN }, transports: ['websocket'], forceNew: true }),
    );
    await new Promise<void>((r) => waiting.once('connect', () => r()));
    const told = new Promise<PairingAssignment>((resolve) => waiting.once('pairing:paired', resolve));

    const cookie = await login(t.url, 'vanphong');
    const claim = await api(t.url, cookie, 'POST', '/api/pairing/claim', { code, screenId: 'reception' });
    expect(claim.status).toBe(200);
    expect(claim.data).toMatchObject({ delivered: 1 });
    const assignment = await told;
    expect(assignment.slug).toBe('reception');
    // A kiosk that missed the push learns the same assignment by asking again, until it connects with it.
    expect((await askAgain()).paired).toEqual(assignment);
    const kiosk = track(connectDevice(t.url, { slug: 'reception', credential: assignment.credential }));
    expect(await new Promise((resolve) => kiosk.once('display:device', resolve))).toEqual({ paired: true });
    expect((await askAgain()).paired).toBeUndefined();

    const again = await api(t.url, cookie, 'POST', '/api/pairing/claim', { code, screenId: 'reception' });
    expect(again.status).toBe(404);
    expect(again.error?.message).toMatch(/hết hạn/);
  });

  it('an assignment nobody collects is forgotten after ten minutes', async () => {
    t = await startTestApp();
    const credential = await pairDevice(t.url, await login(t.url), 'gate');
    expect(credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const token = 'another-kiosk-device-token-0123456789';
    const ask = async () => (await (await fetch(`${t.url}/api/pairing`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviceToken: token }) })).json()).data as PairingOffer;
    const { code } = await ask();
    expect((await api(t.url, await login(t.url), 'POST', '/api/pairing/claim', { code, screenId: 'gate' })).status).toBe(200);
    expect((await ask()).paired?.slug).toBe('gate');
    t.clock.advance(11 * 60_000);
    expect((await ask()).paired).toBeUndefined();
  });

  it('codes expire after ten minutes; asking twice gives the same code', async () => {
    t = await startTestApp();
    const ask = async () =>
      ((await (await fetch(`${t.url}/api/pairing`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviceToken: TOKEN }) })).json()).data as { code: string }).code;
    const first = await ask();
    expect(await ask()).toBe(first);
    t.clock.advance(11 * 60_000);
    const cookie = await login(t.url);
    expect((await api(t.url, cookie, 'POST', '/api/pairing/claim', { code: first, screenId: 'gate' })).status).toBe(404);
  });
});

describe('remote commands and proof of display', () => {
  it('the office sends a command and every kiosk of that screen receives it', async () => {
    t = await startTestApp();
    const gate1 = track(connectDisplay(t.url, 'gate'));
    const gate2 = track(connectDisplay(t.url, 'gate'));
    const reception = track(connectDisplay(t.url, 'reception'));
    await Promise.all([nextSnapshot(gate1), nextSnapshot(gate2), nextSnapshot(reception)]);
    const received: string[] = [];
    const onCommand = (who: string) => (c: DisplayCommand) => received.push(`${who}:${c.command}`);
    gate1.on('display:command', onCommand('gate1'));
    gate2.on('display:command', onCommand('gate2'));
    reception.on('display:command', onCommand('reception'));
    const cookie = await login(t.url, 'vanphong');
    const res = await api(t.url, cookie, 'POST', '/api/screens/gate/commands', { command: 'identify' });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ command: 'identify', delivered: 2 });
    await expect.poll(() => received.sort()).toEqual(['gate1:identify', 'gate2:identify']);
    expect((await api(t.url, cookie, 'POST', '/api/screens/gate/commands', { command: 'format-disk' })).status).toBe(400);
  });

  it('keeps proof of display outside db.json and acknowledges each batch', async () => {
    t = await startTestApp();
    const credential = await pairDevice(t.url, await login(t.url), 'gate');
    const gate = track(connectDevice(t.url, { slug: 'gate', credential }));
    const snapshot = await nextSnapshot(gate);
    const entries: ProofEntry[] = snapshot.items.slice(0, 3).map((item, i) => ({
      slideId: item.id,
      version: snapshot.version,
      startedAt: new Date(Date.UTC(2026, 10, 28, 1, 0, i * 10)).toISOString(),
      durationMs: 10_000,
    }));
    const reply = await new Promise<Reply<{ accepted: number }>>((resolve) => gate.emit('display:proof', entries, resolve));
    expect(reply).toEqual({ ok: true, data: { accepted: 3 } });
    const bad = await new Promise<Reply<{ accepted: number }>>((resolve) =>
      gate.emit('display:proof', [{ slideId: '', version: 'x', startedAt: 'yesterday', durationMs: -1 }], resolve),
    );
    expect(bad.ok).toBe(false);
    const serverNow = await new Promise<number>((resolve) => gate.emit('display:clock', resolve));
    expect(serverNow).toBe(t.clock.now().getTime());
  });
});

describe('screens are bounded', () => {
  it('a paired screen flooding proof of display is refused after its budget, shared by all its sockets', async () => {
    t = await startTestApp();
    const credential = await pairDevice(t.url, await login(t.url), 'gate');
    const gates = [track(connectDevice(t.url, { slug: 'gate', credential })), track(connectDevice(t.url, { slug: 'gate', credential }))];
    // Both listeners at once: the second socket's snapshot may come first and would be missed by a wait begun after.
    const [snapshot] = await Promise.all([nextSnapshot(gates[0]!), nextSnapshot(gates[1]!)]);
    const batch = (n: number): ProofEntry[] =>
      Array.from({ length: 500 }, (_, i) => ({
        slideId: snapshot.items[0]!.id,
        version: snapshot.version,
        startedAt: new Date(Date.UTC(2026, 10, 28, 0, 0, 0, n * 500 + i)).toISOString(),
        durationMs: 1,
      }));
    const replies: Reply<{ accepted: number }>[] = [];
    for (let i = 0; i < 12; i++) replies.push(await new Promise((resolve) => gates[i % 2]!.emit('display:proof', batch(i), resolve)));
    // 5,000 rows per screen at once (a kiosk's whole offline queue), whichever socket sends them.
    expect(replies.filter((r) => r.ok)).toHaveLength(10);
    expect(replies.at(-1)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });
});
