import { hasRole, role, type Role } from '@bangtin/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
afterEach(async () => t?.close());

interface OpenApiDoc {
  paths: Record<string, Record<string, { 'x-access': string }>>;
}

const samplePath = (path: string) => path.replace(/\{[^}]+\}/g, 'gate');

/**
 * The three checks driven by the OpenAPI document read it from one app: they only read it and send requests that must
 * be refused (a request wrongly accepted fails its own check first), and each app built the document again (≈ 0.4 CPU-s).
 */
let documented: Promise<{ app: TestApp; doc: OpenApiDoc & { openapi: string } }> | null = null;
const documentedApp = () =>
  (documented ??= startTestApp().then(async (app) => ({ app, doc: (await (await fetch(`${app.url}/api/openapi.json`)).json()) as OpenApiDoc & { openapi: string } })));
afterAll(async () => (await documented)?.app.close());

describe('security baseline', () => {
  it('every write route in the OpenAPI document refuses an unauthenticated call', async () => {
    const { app: t, doc } = await documentedApp();
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => method !== 'get')
        .map(([method, op]) => ({ path, method, access: op['x-access'] })),
    );
    expect(writes.length).toBeGreaterThanOrEqual(5);
    // The only public writes: starting and ending a session, and a new kiosk asking for a pairing code
    // (it has no session; the code does nothing until an office user claims it), and a reception kiosk counting an
    // anonymous look-up or a search that found nothing (counted only with the screen's device credential, budgeted;
    // it can only add to a count). The second login step is public too: it needs the ticket cookie only the right
    // password gives (tests/integration/accounts.test.ts). The reception kiosk's quiz round is counted like a look-up
    // (paired device only, budgeted, counts only: tests/integration/quiz.test.ts).
    const publicWrites = [
      '/api/auth/login',
      '/api/auth/login/second-factor',
      '/api/auth/logout',
      '/api/pairing',
      '/api/display/{slug}/lookups',
      '/api/display/{slug}/failed-searches',
      // Phản ánh, kiến nghị from anyone (issue #13): rate-limited, duplicates folded, nothing reaches a screen.
      '/api/public/feedback',
      '/api/public/feedback/photos',
      // The anonymous satisfaction survey (issue #13): rate-limited, one a day per device; a kiosk's counts only when paired.
      '/api/public/survey',
      '/api/display/{slug}/survey',
      '/api/display/{slug}/quiz-answers',
    ];
    const guarded = writes.filter((w) => !publicWrites.includes(w.path));
    expect(guarded.length).toBe(writes.length - publicWrites.length);
    for (const w of guarded) {
      expect(w.access).not.toBe('public');
      const res = await fetch(`${t.url}${samplePath(w.path)}`, {
        method: w.method.toUpperCase(),
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status, `${w.method} ${w.path}`).toBe(401);
      expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('route scan: no operation in the OpenAPI document answers 2xx to anyone below its role (anonymous, editor, approver)', async () => {
    const { app: t, doc } = await documentedApp();
    const users: Record<Role, string> = { admin: 'admin', approver: 'hieutruong', editor: 'vanphong' };
    const cookies = Object.fromEntries(await Promise.all(role.options.map(async (r) => [r, await login(t.url, users[r])] as const)));
    // Real ids, so that a missing role check would show as a 2xx rather than hide behind a 404.
    const ids = { id: (await t.store.listContent())[0]?.id ?? 'x', slug: 'gate' };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, access: op['x-access'] })),
    );
    let calls = 0;
    for (const op of operations.filter((o) => o.access !== 'public')) {
      const url = `${t.url}${op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => (name === 'slug' ? ids.slug : ids.id))}`;
      const callers: [string, string | null][] = [['anonymous', null], ...role.options.filter((r) => !hasRole(r, op.access as Role)).map((r) => [r, cookies[r] ?? ''] as [string, string])];
      for (const [who, cookie] of callers) {
        const res = await fetch(url, {
          method: op.method.toUpperCase(),
          headers: { 'content-type': 'application/json', 'x-bangtin-upload': '1', ...(cookie ? { cookie } : {}) },
          ...(op.method === 'get' ? {} : { body: '{}' }),
        });
        calls += 1;
        expect(res.status, `${who} ${op.method} ${op.path}`).toBe(cookie ? 403 : 401);
      }
    }
    expect(calls).toBeGreaterThanOrEqual(60);
  });

  it('the OpenAPI document is generated from the route list', async () => {
    const { app: t, doc } = await documentedApp();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    const served = t.app.routes.map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual(served.sort());
  });

  it('an editor cannot do what only an admin may', async () => {
    t = await startTestApp();
    const cookie = await login(t.url, 'vanphong');
    const school = (await (await fetch(`${t.url}/api/school`)).json()).data;
    const res = await fetch(`${t.url}/api/school`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(school),
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('FORBIDDEN');
    expect((await fetch(`${t.url}/api/audit`, { headers: { cookie } })).status).toBe(403);
  });

  it('answers unknown API routes with JSON 404', async () => {
    t = await startTestApp();
    const res = await fetch(`${t.url}/api/does-not-exist`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Không có API GET /api/does-not-exist.' } });
  });

  it('refuses oversized, non-JSON, malformed and cross-site writes without a stack trace', async () => {
    t = await startTestApp();
    const cookie = await login(t.url);
    const big = await fetch(`${t.url}/api/content`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ text: 'x'.repeat(300_000) }),
    });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('PAYLOAD_TOO_LARGE');

    const form = await fetch(`${t.url}/api/content`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: 'type=slogan&text=hi',
    });
    expect(form.status).toBe(400);

    const broken = await fetch(`${t.url}/api/content`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{"type": "slogan",',
    });
    expect(broken.status).toBe(400);
    const brokenBody = await broken.text();
    expect(brokenBody).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(JSON.parse(brokenBody).error.code).toBe('BAD_REQUEST');

    const crossSite = await fetch(`${t.url}/api/content`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
  });

  it('sends a CSP that works over plain http on a LAN IP', async () => {
    t = await startTestApp();
    const csp = (await fetch(`${t.url}/healthz`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
});
