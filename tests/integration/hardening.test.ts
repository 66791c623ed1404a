import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { auditEntry, type ContentItem, type DisplaySnapshot } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api, sloganInput } from '../helpers/contentFixtures.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { connectAdmin, connectDisplay, connectError, login, nextSnapshot, seededDatabase, startTestApp, type AdminClient, type DisplayClient, type TestApp } from '../helpers/testApp.ts';
import { openFileStore } from '../../server/src/store/openStore.ts';

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

describe('data folder left dirty by a crash or by Notepad (real files)', () => {
  const noSeed = () => Promise.reject(new Error('must not seed over an existing file'));

  it('temp files of a writer killed mid-write are removed at start; the data file is untouched', async () => {
    const dir = tempDataDir('stale-tmp');
    const text = JSON.stringify(await seededDatabase(new Date('2026-11-28T01:00:00Z')));
    writeFileSync(path.join(dir, 'db.json'), text);
    const dead = 2 ** 22 + 12_345; // above Linux's pid_max default: no process has it
    for (const name of [`.db.json.${dead}.tmp`, `.db.json.${process.pid}.tmp`, 'notes.tmp']) writeFileSync(path.join(dir, name), '{"half":');
    const opened = await openFileStore(dir, noSeed);
    expect(opened.removedTempFiles).toEqual([`.db.json.${dead}.tmp`]);
    expect(readdirSync(dir).sort()).toEqual([`.db.json.${process.pid}.tmp`, 'db.json', 'notes.tmp']); // ours and others' files stay
    expect(readFileSync(path.join(dir, 'db.json'), 'utf8')).toBe(text);
  });

  it('a db.json saved by Notepad with a BOM opens; the BOM is removed and the original kept beside it', async () => {
    const dir = tempDataDir('bom');
    const db = await seededDatabase(new Date('2026-11-28T01:00:00Z'));
    const withBom = `\uFEFF${JSON.stringify({ ...db, school: { ...db.school, name: 'Trường sửa bằng Notepad' } })}`;
    writeFileSync(path.join(dir, 'db.json'), withBom);
    const opened = await openFileStore(dir, noSeed);
    expect(opened.bomBackup).toBe(path.join(dir, 'db.json.with-bom.bak'));
    expect((await opened.store.getSchool()).name).toBe('Trường sửa bằng Notepad');
    expect(readFileSync(path.join(dir, 'db.json.with-bom.bak'), 'utf8')).toBe(withBom);
    const rewritten = readFileSync(path.join(dir, 'db.json'), 'utf8');
    expect(rewritten.charCodeAt(0)).toBe(0x7b); // "{"
    expect(JSON.parse(rewritten).school.name).toBe('Trường sửa bằng Notepad');
  });

  it('uploads cut short by a kill -9 leave nothing in the media work folder after a restart', async () => {
    const mediaDir = path.join(tempDataDir('incoming'), 'media');
    mkdirSync(path.join(mediaDir, '.incoming', 'm-0123456789ab'), { recursive: true });
    writeFileSync(path.join(mediaDir, '.incoming', '5f0c2a1e-half-upload'), Buffer.alloc(1000));
    writeFileSync(path.join(mediaDir, 'm-aaaaaaaaaaaa.png'), 'kept');
    t = await startTestApp({ mediaDir });
    expect(readdirSync(path.join(mediaDir, '.incoming'))).toEqual([]);
    expect(readdirSync(mediaDir).sort()).toEqual(['.incoming', 'm-aaaaaaaaaaaa.png']);
  });

  it.each([
    ['a BOM before broken JSON', Buffer.from('\uFEFF{"schemaVersion": 1, "school": ')],
    ['a BOM before the wrong shape', Buffer.from(`\uFEFF${JSON.stringify({ schemaVersion: 1, school: {} })}`)],
    ['two BOMs', Buffer.from('\uFEFF\uFEFF{"schemaVersion": 1}')],
    ['UTF-16 (Notepad "Unicode")', Buffer.from('\uFEFF{"schemaVersion": 1}', 'utf16le')],
  ])('still refuses %s and leaves it untouched, with no backup', async (_label, bytes) => {
    const dir = tempDataDir('bom-broken');
    writeFileSync(path.join(dir, 'db.json'), bytes);
    const before = readFileSync(path.join(dir, 'db.json'));
    await expect(openFileStore(dir, noSeed)).rejects.toThrow(/has not been changed/);
    expect(readFileSync(path.join(dir, 'db.json')).equals(before)).toBe(true);
    expect(existsSync(path.join(dir, 'db.json.with-bom.bak'))).toBe(false);
  });
});
