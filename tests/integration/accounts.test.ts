import { request } from 'node:http';
import { generate } from 'otplib';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../helpers/contentFixtures.ts';
import { io as connect } from 'socket.io-client';
import { ADMIN_NAMESPACE } from '@bangtin/shared';
import { manualClock } from '../../server/src/clock.ts';
import { createAuditLog } from '../../server/src/domain/audit.ts';
import { createAuthService } from '../../server/src/domain/auth.ts';
import type { AppError } from '../../server/src/domain/errors.ts';
import { createDomainEvents } from '../../server/src/domain/events.ts';
import { createFailedLoginLog } from '../../server/src/domain/failedLogins.ts';
import { createLoginThrottle } from '../../server/src/domain/loginThrottle.ts';
import { openMemoryStore } from '../../server/src/store/openStore.ts';
import { connectAdmin, login, seededDatabase, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
afterEach(async () => t?.close());

/** A JSON POST from a chosen local address (127.0.0.x are all this machine): two "computers" on one host. */
function postFrom(from: string, url: string, body: unknown, cookie = ''): Promise<{ status: number; json: { data?: never; error?: { code: string; message: string } }; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text), setCookie: res.headers['set-cookie'] ?? [] }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}
const loginFrom = (from: string, username: string, password: string) => postFrom(from, `${t.url}/api/auth/login`, { username, password });
const failedLogins = async (cookie: string) =>
  (await api(t.url, cookie, 'GET', '/api/audit/failed-logins?pageSize=200')).data as unknown as {
    items: { username: string; address: string; reason: string }[];
    total: number;
  };

describe('failed logins are kept apart from the audit log', () => {
  it('6,000 failed logins from anonymous traffic leave every audit row in place', async () => {
    // At the service (the HTTP path is the same call, and 6,000 requests cost 20 s on a busy 2-core machine).
    const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
    const db = await seededDatabase(clock.now());
    // The office's history, nearly at the 5,000 rows db.json keeps.
    for (let i = 0; i < 4990; i++) {
      db.audit.push({ id: `a-${i}`, at: clock.now().toISOString(), actor: 'vanphong', action: 'content.update', entity: 'content', entityId: `c-${i}`, summary: 'Sửa' });
    }
    const store = openMemoryStore(db);
    const audit = createAuditLog(store, clock);
    const before = (await store.listAudit(100_000)).map((e) => e.id);
    expect(before.length).toBeGreaterThanOrEqual(4990);
    const failed = createFailedLoginLog(clock);
    const auth = createAuthService({ store, clock, audit, events: createDomainEvents(() => {}), failedLogins: failed, throttle: createLoginThrottle(clock), sessionHours: 12 });
    const codes: string[] = [];
    for (let i = 0; i < 6000; i++) {
      // 4 names from 2 addresses: about 7 guesses per name are checked (scrypt), the back-off refuses the rest unchecked.
      await auth.login(`guess-${i % 4}`, `wrong-${i}`, `10.0.0.${i % 2}`).catch((error: AppError) => {
        codes.push(error.code);
      });
    }
    expect(codes).toHaveLength(6000);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeGreaterThanOrEqual(24); // checked and wrong
    expect(codes.filter((c) => c !== 'UNAUTHENTICATED').every((c) => c === 'RATE_LIMITED')).toBe(true);
    expect((await store.listAudit(100_000)).map((e) => e.id)).toEqual(before);
    const rows = failed.list();
    expect(rows).toHaveLength(2000); // bounded: the newest 2,000
    expect(rows.every((r) => r.reason === 'throttled' && r.username.startsWith('guess-'))).toBe(true);
  });

  it('shows the log to admins only', async () => {
    t = await startTestApp();
    await loginFrom('127.0.0.1', 'ghost', 'nope-nope-nope');
    const principal = await login(t.url, 'hieutruong');
    expect((await api(t.url, principal, 'GET', '/api/audit/failed-logins')).status).toBe(403);
    const log = await failedLogins(await login(t.url));
    expect(log.items).toEqual([expect.objectContaining({ username: 'ghost', reason: 'password' })]);
  });
});

describe('per-account back-off', () => {
  it('holds back the guessing address on that account, but lets the right password in from another address', async () => {
    t = await startTestApp();
    for (let i = 0; i < 6; i++) expect((await loginFrom('127.0.0.2', 'hieutruong', `wrong guess ${i}`)).status).toBe(401);
    // The per-address limit (1,000 here) is far away: it is the account's back-off that answers, without a check.
    const heldBack = await loginFrom('127.0.0.2', 'hieutruong', TEST_PASSWORD);
    expect(heldBack.status).toBe(429);
    expect(heldBack.json.error?.message).toMatch(/thử lại sau 1 giây/);
    // The principal at her own desk is not locked out by someone else hammering her name.
    expect((await loginFrom('127.0.0.3', 'hieutruong', TEST_PASSWORD)).status).toBe(200);
    // Other accounts are untouched from the guessing address, and the wait is short at first.
    expect((await loginFrom('127.0.0.2', 'admin', TEST_PASSWORD)).status).toBe(200);
    t.clock.advance(1000);
    expect((await loginFrom('127.0.0.2', 'hieutruong', TEST_PASSWORD)).status).toBe(200);
    const log = await failedLogins(await login(t.url));
    expect(log.items.filter((e) => e.reason === 'throttled')).toEqual([expect.objectContaining({ username: 'hieutruong', address: '127.0.0.2' })]);
  });

  it('doubles the wait with each further failure', async () => {
    t = await startTestApp();
    for (let i = 0; i < 6; i++) await loginFrom('127.0.0.2', 'admin', 'wrong password');
    for (const wait of [1, 2, 4]) {
      t.clock.advance(wait * 1000);
      expect((await loginFrom('127.0.0.2', 'admin', 'wrong password')).status).toBe(401);
    }
    expect((await loginFrom('127.0.0.2', 'admin', TEST_PASSWORD)).json.error?.message).toMatch(/8 giây/);
  });
});

describe('Origin: null is a foreign origin', () => {
  it('refuses writes and the admin socket from an opaque origin, even with a valid cookie', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const write = await fetch(`${t.url}/api/screens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: 'null' },
      body: JSON.stringify({ slug: 'null-origin', name: 'X', location: 'Y', orientation: 'landscape', profile: 'gate', group: '' }),
    });
    expect(write.status).toBe(403);
    expect((await write.json()).error.code).toBe('FORBIDDEN');

    const refused = connect(`${t.url}${ADMIN_NAMESPACE}`, { transports: ['websocket'], forceNew: true, extraHeaders: { cookie, origin: 'null' } });
    const error = await new Promise<Error>((resolve) => refused.once('connect_error', resolve));
    refused.close();
    expect(error.message).toBe('FORBIDDEN');
    const same = connectAdmin(t.url, cookie);
    await new Promise<void>((resolve) => same.once('connect', resolve));
    same.close();
  });
});

describe('TOTP second factor', () => {
  const code = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
  const cookieOf = (setCookie: string[], name: string) => setCookie.find((c) => c.startsWith(`${name}=`))?.split(';')[0] ?? '';

  async function enrol(cookie: string) {
    const setup = await postFrom('127.0.0.1', `${t.url}/api/auth/totp/setup`, {}, cookie);
    const { secret, uri } = setup.json.data as unknown as { secret: string; uri: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/B%E1%BA%A3ng%20tin:admin\?secret=/);
    const confirm = await postFrom('127.0.0.1', `${t.url}/api/auth/totp/confirm`, { code: await code(secret, t.clock.now()) }, cookie);
    expect(confirm.status).toBe(200);
    return { secret, recoveryCodes: (confirm.json.data as unknown as { recoveryCodes: string[] }).recoveryCodes };
  }

  it('enrols with a code, then asks admins for it as a second step; codes and recovery codes work once', async () => {
    t = await startTestApp();
    const first = await login(t.url);
    const { secret, recoveryCodes } = await enrol(first);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await t.store.findUserByUsername('admin');
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]); // only hashes are kept
    expect((await api(t.url, first, 'GET', '/api/auth/me')).data).toMatchObject({ user: { twoFactor: true } });
    expect(JSON.stringify((await api(t.url, first, 'GET', '/api/users')).data)).not.toContain(secret);

    // The password alone gives no session, only the second step.
    t.clock.advance(60_000);
    const step1 = await loginFrom('127.0.0.1', 'admin', TEST_PASSWORD);
    expect(step1.json.data).toEqual({ secondFactor: 'totp' });
    expect(cookieOf(step1.setCookie, 'bt_session')).toBe('');
    const ticket = cookieOf(step1.setCookie, 'bt_login_step');
    expect(step1.setCookie.join()).toMatch(/bt_login_step=[^;]+; Path=\/api\/auth\/login; HttpOnly; SameSite=Strict; Max-Age=300/);
    const wrong = await postFrom('127.0.0.1', `${t.url}/api/auth/login/second-factor`, { code: '000000' }, ticket);
    expect(wrong.status).toBe(401);
    const current = await code(secret, t.clock.now());
    const ok = await postFrom('127.0.0.1', `${t.url}/api/auth/login/second-factor`, { code: current }, ticket);
    expect(ok.status).toBe(200);
    const session = cookieOf(ok.setCookie, 'bt_session');
    expect((await api(t.url, session, 'GET', '/api/auth/me')).status).toBe(200);

    // The same code cannot be replayed, even with a fresh first step.
    const again = cookieOf((await loginFrom('127.0.0.1', 'admin', TEST_PASSWORD)).setCookie, 'bt_login_step');
    expect((await postFrom('127.0.0.1', `${t.url}/api/auth/login/second-factor`, { code: current }, again)).status).toBe(401);
    // A recovery code works once (typed with a space and capitals), then is gone.
    const recovery = recoveryCodes[0]!;
    expect((await postFrom('127.0.0.1', `${t.url}/api/auth/login/second-factor`, { code: ` ${recovery.toUpperCase()} ` }, again)).status).toBe(200);
    const third = cookieOf((await loginFrom('127.0.0.1', 'admin', TEST_PASSWORD)).setCookie, 'bt_login_step');
    expect((await postFrom('127.0.0.1', `${t.url}/api/auth/login/second-factor`, { code: recovery }, third)).status).toBe(401);
    expect((await api(t.url, session, 'GET', '/api/auth/totp')).data).toMatchObject({ enabled: true, recoveryCodesLeft: 9 });
    const log = await failedLogins(session);
    expect(log.items.filter((e) => e.reason === 'second-factor')).toHaveLength(3);
  });

  it('ends the second step after five wrong codes, and without its ticket there is no second step', async () => {
    t = await startTestApp();
    const { secret } = await enrol(await login(t.url));
    t.clock.advance(60_000);
    const ticket = cookieOf((await loginFrom('127.0.0.1', 'admin', TEST_PASSWORD)).setCookie, 'bt_login_step');
    for (let i = 0; i < 5; i++) await postFrom('127.0.0.1', `${t.url}/api/auth/login/second-factor`, { code: `12345${i}` }, ticket);
    const late = await postFrom('127.0.0.1', `${t.url}/api/auth/login/second-factor`, { code: await code(secret, t.clock.now()) }, ticket);
    expect(late.status).toBe(401);
    expect(late.json.error?.message).toMatch(/đăng nhập lại từ đầu/);
    expect((await postFrom('127.0.0.1', `${t.url}/api/auth/login/second-factor`, { code: '123456' })).status).toBe(401);
  });

  it('turns off with the password and a code; editors cannot turn it on; an admin can clear it for someone', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const { secret } = await enrol(cookie);
    t.clock.advance(60_000);
    const disable = (password: string, c: string) => postFrom('127.0.0.1', `${t.url}/api/auth/totp/disable`, { password, code: c }, cookie);
    expect((await disable('wrong password!', await code(secret, t.clock.now()))).status).toBe(400);
    expect((await disable(TEST_PASSWORD, '000000')).status).toBe(400);
    expect((await disable(TEST_PASSWORD, await code(secret, t.clock.now()))).status).toBe(200);
    expect((await loginFrom('127.0.0.1', 'admin', TEST_PASSWORD)).json.data).toMatchObject({ user: { username: 'admin' } });

    const editor = await login(t.url, 'vanphong');
    expect((await api(t.url, editor, 'GET', '/api/auth/totp')).data).toMatchObject({ available: false, enabled: false });
    expect((await postFrom('127.0.0.1', `${t.url}/api/auth/totp/setup`, {}, editor)).status).toBe(403);

    const principal = await login(t.url, 'hieutruong');
    const setup = (await postFrom('127.0.0.1', `${t.url}/api/auth/totp/setup`, {}, principal)).json.data as unknown as { secret: string };
    await postFrom('127.0.0.1', `${t.url}/api/auth/totp/confirm`, { code: await code(setup.secret, t.clock.now()) }, principal);
    expect((await postFrom('127.0.0.1', `${t.url}/api/users/u-approver/totp/reset`, {}, cookie)).status).toBe(200);
    expect((await api(t.url, principal, 'GET', '/api/auth/me')).status).toBe(401); // her sessions ended
    expect((await loginFrom('127.0.0.1', 'hieutruong', TEST_PASSWORD)).json.data).toMatchObject({ user: { username: 'hieutruong' } });
    const audit = (await t.store.listAudit(20)).map((e) => e.summary);
    expect(audit).toEqual(expect.arrayContaining(['Bật xác thực hai bước', 'Tắt xác thực hai bước', 'Tắt xác thực hai bước của hieutruong (mất thiết bị)']));
  });
});
