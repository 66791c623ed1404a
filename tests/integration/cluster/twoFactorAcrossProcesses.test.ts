import type { AddressInfo } from 'node:net';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../../server/src/app.ts';
import { manualClock } from '../../../server/src/clock.ts';
import { createPgTwoFactorState } from '../../../server/src/domain/twoFactorStatePg.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { createPgPool } from '../../../server/src/store/pg/pool.ts';
import type { PgStore } from '../../../server/src/store/pg/pgStore.ts';
import { createMigratedDatabase, openPgTestStore } from '../../helpers/pgTestStore.ts';
import { login, seededDatabase, TEST_PASSWORD } from '../../helpers/testApp.ts';

const clusterUrl = inject('pgClusterUrl');

interface Reply {
  status: number;
  data: Record<string, unknown> | undefined;
  cookies: string[];
}

/** A JSON POST; the reply's cookies as `name=value`. */
async function post(url: string, body: unknown, cookie = ''): Promise<Reply> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  const json = (await res.json()) as { data?: Record<string, unknown> };
  return { status: res.status, data: json.data, cookies: res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '') };
}
const cookieNamed = (reply: Reply, name: string) => reply.cookies.find((c) => c.startsWith(`${name}=`)) ?? '';

/**
 * Two server apps on one database, each with its own store and its own pool, as two processes behind a non-sticky
 * proxy: the first request of a two-step action reaches one, the second the other.
 */
describe.skipIf(!clusterUrl)(`two-factor sign-in and enrolment across processes ${inject('pgUnavailable') ?? ''}`, () => {
  const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
  const apps: Array<{ app: App; store: PgStore; url: string; end(): Promise<void> }> = [];
  const code = (secret: string) => generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });

  beforeAll(async () => {
    const databaseUrl = await createMigratedDatabase(clusterUrl!);
    for (const data of [await seededDatabase(clock.now()), null]) {
      const store = await openPgTestStore(databaseUrl, data);
      const pool = createPgPool(databaseUrl, { max: 2 });
      const app = createApp({
        store,
        clock,
        logger: createLogger('silent'),
        timezone: 'Asia/Ho_Chi_Minh',
        sessionHours: 12,
        pagesDir: '/nonexistent',
        loginAttempts: 1000,
        twoFactorState: createPgTwoFactorState(pool),
      });
      await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`;
      apps.push({ app, store, url, end: async () => (await app.close(), await store.close(), await pool.end()) });
    }
  });
  afterAll(async () => {
    for (const a of apps) await a.end();
  });

  it('a key shown by A is confirmed on B; a password accepted by A and a code sent to B sign in, once', async () => {
    const [a, b] = apps as [(typeof apps)[0], (typeof apps)[0]];
    const adminOnA = await login(a.url);
    const setup = await post(`${a.url}/api/auth/totp/setup`, {}, adminOnA);
    const secret = String(setup.data?.secret);
    const confirmed = await post(`${b.url}/api/auth/totp/confirm`, { code: await code(secret) }, adminOnA);
    expect(confirmed.status).toBe(200);
    expect(confirmed.data?.recoveryCodes).toHaveLength(10);

    clock.advance(60_000);
    const firstStep = await post(`${a.url}/api/auth/login`, { username: 'admin', password: TEST_PASSWORD });
    expect(firstStep.data).toEqual({ secondFactor: 'totp' });
    const ticket = cookieNamed(firstStep, 'bt_login_step');
    expect(ticket).not.toBe('bt_login_step=');
    // The same ticket and code sent to both at once (a double click through the proxy): exactly one session.
    const current = await code(secret);
    const replies = await Promise.all([b, a].map((app) => post(`${app.url}/api/auth/login/second-factor`, { code: current }, ticket)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 401]);
    const session = cookieNamed(replies.find((r) => r.status === 200)!, 'bt_session');
    for (const app of [a, b]) expect((await fetch(`${app.url}/api/auth/me`, { headers: { cookie: session } })).status).toBe(200);
  });

  it('five wrong codes spread over both processes end the ticket on both', async () => {
    const [a, b] = apps as [(typeof apps)[0], (typeof apps)[0]];
    clock.advance(60_000);
    const ticket = cookieNamed(await post(`${b.url}/api/auth/login`, { username: 'admin', password: TEST_PASSWORD }), 'bt_login_step');
    for (let i = 0; i < 5; i++) expect((await post(`${(i % 2 ? a : b).url}/api/auth/login/second-factor`, { code: `00000${i}` }, ticket)).status).toBe(401);
    const stored = await a.store.findUserByUsername('admin');
    const late = await post(`${a.url}/api/auth/login/second-factor`, { code: await code(stored!.totp!.secret) }, ticket);
    expect(late.status).toBe(401);
  });
});
