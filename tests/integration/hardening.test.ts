import { auditEntry, type ContentItem, type DisplaySnapshot } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { connectAdmin, connectDisplay, connectError, login, nextSnapshot, startTestApp, type AdminClient, type DisplayClient, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
const sockets: (AdminClient | DisplayClient)[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await t?.close();
});
const track = <S extends AdminClient | DisplayClient>(s: S) => (sockets.push(s), s);

describe('hardening found in review', () => {
  it('a 500-character rejection reason cannot produce an audit entry that breaks the next start', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    const item = (await api(t.url, editor, 'POST', '/api/content', sloganInput({ status: 'submitted' }))).data as unknown as ContentItem;
    const approver = await login(t.url, 'hieutruong');
    const res = await api(t.url, approver, 'POST', `/api/content/${item.id}/reject`, { reason: 'Lý do '.repeat(83) });
    expect(res.status).toBe(200);
    for (const entry of await t.store.listAudit(100)) expect(auditEntry.safeParse(entry).success).toBe(true);
  });

  it('a kiosk is re-sent a version it no longer shows when content returns to it', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const gate = track(connectDisplay(t.url, 'gate'));
    const v1 = await nextSnapshot(gate);
    const school = v1.school;
    const renamed = nextSnapshot(gate, (s) => s.school.name === 'Tên tạm');
    await api(t.url, cookie, 'PUT', '/api/school', { ...school, name: 'Tên tạm' });
    await renamed;
    const back = nextSnapshot(gate, (s: DisplaySnapshot) => s.school.name === school.name);
    await api(t.url, cookie, 'PUT', '/api/school', school);
    expect((await back).version).toBe(v1.version);
  });

  it('refuses a school timezone that does not exist (it would take every screen down)', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const school = (await (await fetch(`${t.url}/api/school`)).json()).data;
    const res = await api(t.url, cookie, 'PUT', '/api/school', { ...school, timezone: 'Asia/Hanoi' });
    expect(res.status).toBe(400);
    expect(res.error?.details?.[0]?.path).toBe('timezone');
    expect((await fetch(`${t.url}/api/display/gate`)).status).toBe(200);
  });

  it('logging out closes that session’s live console, and a foreign origin cannot open one', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const console1 = track(connectAdmin(t.url, cookie));
    await new Promise<void>((r) => console1.once('connect', () => r()));
    const closed = new Promise<string>((r) => console1.once('disconnect', (reason) => r(reason)));
    await fetch(`${t.url}/api/auth/logout`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(await closed).toBe('io server disconnect');

    const other = await login(t.url);
    const foreign = track(
      (await import('socket.io-client')).io(`${t.url}/admin`, {
        transports: ['websocket'],
        forceNew: true,
        extraHeaders: { cookie: other, origin: 'http://192.168.1.10:8080' },
      }) as AdminClient,
    );
    expect((await connectError(foreign)).message).toBe('FORBIDDEN');
  });

  it('a console left open past its session expiry is closed by the session cleanup', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const console1 = track(connectAdmin(t.url, cookie));
    await new Promise<void>((r) => console1.once('connect', () => r()));
    const closed = new Promise<string>((r) => console1.once('disconnect', (reason) => r(reason)));
    t.clock.advance(13 * 3600_000); // sessions last 12 hours in the test app
    expect(await t.app.purgeSessions()).toBe(1);
    expect(await closed).toBe('io server disconnect');
  });

  it('a malformed media path is a client error, not a server error', async () => {
    t = await startTestApp();
    const res = await fetch(`${t.url}/media/%E0%A4%A`);
    expect(res.status).toBeLessThan(500);
  });
});
