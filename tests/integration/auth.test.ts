import { afterEach, describe, expect, it } from 'vitest';
import { login, startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
afterEach(async () => t?.close());

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('admin sessions', () => {
  it('logs in with an httpOnly SameSite=Strict cookie, knows who you are, and logs out for real', async () => {
    t = await startTestApp();
    const res = await post(`${t.url}/api/auth/login`, { username: 'admin', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect((await res.json()).data.user).toMatchObject({ username: 'admin', role: 'admin' });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^bt_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0]!;

    const me = await fetch(`${t.url}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).data.user.passwordHash).toBeUndefined();

    expect((await post(`${t.url}/api/auth/logout`, {}, { cookie })).status).toBe(200);
    const after = await fetch(`${t.url}/api/auth/me`, { headers: { cookie } });
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for a wrong password and an unknown user, and logs both apart from the audit log', async () => {
    t = await startTestApp();
    const wrong = await post(`${t.url}/api/auth/login`, { username: 'admin', password: 'nope-nope-nope' });
    const unknown = await post(`${t.url}/api/auth/login`, { username: 'ghost', password: 'nope-nope-nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const refusal = (await wrong.json()).error;
    expect(refusal).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Sai tên đăng nhập hoặc mật khẩu.' });
    expect(refusal).toEqual((await unknown.json()).error);
    const audit = await t.store.listAudit(10);
    expect(audit.filter((a) => a.action === 'login_failed')).toHaveLength(0);
    const admin = await login(t.url);
    const failed = await fetch(`${t.url}/api/audit/failed-logins`, { headers: { cookie: admin } });
    expect((await failed.json()).data.items.map((e: { username: string }) => e.username)).toEqual(['ghost', 'admin']);
  });

  it('rate-limits failed logins per client', async () => {
    t = await startTestApp({ loginAttempts: 3 });
    for (let i = 0; i < 3; i++) {
      expect((await post(`${t.url}/api/auth/login`, { username: 'admin', password: 'wrong-password' })).status).toBe(401);
    }
    const blocked = await post(`${t.url}/api/auth/login`, { username: 'admin', password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).error.code).toBe('RATE_LIMITED');
  });

  it('expires sessions after SESSION_HOURS', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    t.clock.advance(13 * 3600_000);
    expect((await fetch(`${t.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });
});
