import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, contentApi, schoolApi, urlFor, type RouteContract } from '@bangtin/shared/api';
import { bindRoutes } from '../../../server/src/http/route.ts';
import { createApiClient } from '../../../admin/src/api/client.ts';
import { createHttp, type Http } from '../../../admin/src/api/http.ts';
import { startTestApp, type TestApp } from '../../helpers/testApp.ts';

/**
 * `METHOD path security` of every operation in the OpenAPI document, as generated before the routes moved to
 * shared/src/api (security: `public` = no session, otherwise the session and the least role, x-access).
 */
const DOCUMENTED_BEFORE = `
DELETE /api/media/{id} session approver
DELETE /api/playlists/{id} session editor
DELETE /api/schedules/{id} session editor
DELETE /api/screens/{id}/device session editor
GET /api/areas session editor
DELETE /api/screens/{id}/devices/{deviceId} session editor
GET /api/audit session approver
GET /api/audit.csv session approver
GET /api/audit/failed-logins session admin
GET /api/auth/me session editor
GET /api/auth/totp session editor
GET /api/content session editor
GET /api/content/{id} session editor
GET /api/display/{slug} public
GET /api/emergencies session editor
GET /api/feedback-photos/{id} session editor
GET /api/feedback-privacy/retention session admin
GET /api/lookups session editor
GET /api/lookups/failed-searches session editor
GET /api/media session editor
GET /api/plans/{year} session editor
GET /api/plans/{year}/report session editor
GET /api/plans/{year}/report.csv session editor
GET /api/playlists session editor
GET /api/public/feedback/{code} public
GET /api/reports/areas session approver
GET /api/reports/proof session approver
GET /api/reports/proof.csv session approver
GET /api/schedules session editor
GET /api/schedules/plan session editor
GET /api/schedules/timeline session editor
GET /api/school public
GET /api/screens session editor
GET /api/screens/devices session editor
GET /api/screens/presence session editor
GET /api/settings/notify session admin
GET /api/users session admin
POST /api/auth/login public
POST /api/auth/login/second-factor public
POST /api/auth/logout public
POST /api/auth/totp/confirm session approver
POST /api/auth/totp/disable session approver
POST /api/auth/totp/setup session approver
POST /api/content session editor
POST /api/content/import session editor
POST /api/content/{id}/approve session approver
POST /api/content/{id}/duplicate session editor
POST /api/content/{id}/reject session approver
POST /api/content/{id}/status session editor
POST /api/content/{id}/undo session approver
POST /api/display/{slug}/failed-searches public
POST /api/display/{slug}/lookups public
POST /api/emergencies session approver
POST /api/emergencies/{id}/clear session approver
POST /api/feedback-privacy/erase session admin
POST /api/feedback-privacy/export session admin
POST /api/feedback-privacy/senders/search session admin
POST /api/media session editor
POST /api/pairing public
POST /api/pairing/claim session editor
POST /api/playlists session editor
POST /api/public/feedback public
POST /api/public/feedback/photos public
POST /api/schedules session editor
POST /api/schedules/check session editor
POST /api/schedules/{id}/unassign-direct session editor
POST /api/screens session admin
POST /api/screens/{id}/commands session editor
POST /api/settings/notify/test session admin
POST /api/users session admin
POST /api/users/{id}/password session admin
POST /api/users/{id}/totp/reset session admin
PUT /api/areas session admin
PUT /api/content/{id} session editor
PUT /api/dayparts session editor
PUT /api/feedback-privacy/retention session admin
PUT /api/plans/{year} session editor
PUT /api/playlists/{id} session editor
PUT /api/schedules/{id} session editor
PUT /api/school session admin
PUT /api/screens/{id} session admin
PUT /api/settings/notify session admin
PUT /api/users/{id} session admin
`
  .trim()
  .split('\n');

/** Issue #13 item 2: the office's feedback inbox and handling steps (editors; the holiday list is saved by admins). */
const FEEDBACK_HANDLING = [
  'GET /api/feedback session editor',
  'GET /api/feedback/counts session editor',
  'GET /api/feedback/staff session editor',
  'GET /api/feedback/{id} session editor',
  'GET /api/feedback/{id}/sender session editor',
  'GET /api/settings/feedback-calendar session editor',
  'PUT /api/settings/feedback-calendar session admin',
  ...['receive', 'start', 'reject', 'forward', 'reply', 'assign', 'notes', 'publish'].map((step) => `POST /api/feedback/{id}/${step} session editor`),
];

/** Issue #13 items 3 and 5: the satisfaction survey (public, kiosk, report, live slide) and the Tìm hiểu CCHC quiz. */
/** Issue #11 item 7: the console sends a new video's first frame, drawn in the browser. */
const VIDEO = ['POST /api/media/{id}/poster session editor'];

const SURVEY_AND_QUIZ = [
  'POST /api/public/survey public',
  'POST /api/display/{slug}/survey public',
  'GET /api/reports/satisfaction session editor',
  'GET /api/reports/satisfaction.csv session editor',
  'POST /api/reports/satisfaction/slide session editor',
  'GET /api/display/{slug}/quiz public',
  'POST /api/display/{slug}/quiz-answers public',
  'GET /api/quiz session editor',
  'GET /api/quiz/results session editor',
  'POST /api/quiz session editor',
  'PUT /api/quiz/{id} session editor',
  'POST /api/quiz/{id}/status session editor',
  'POST /api/quiz/{id}/slide session editor',
  'POST /api/quiz/{id}/approve session approver',
  'POST /api/quiz/{id}/reject session approver',
  // Units (issue #15): what the ward sends to this unit, read only.
  'GET /api/units/inherited session editor',
];

/** Units (issue #15 item 1): the console's own unit, and the root's children (listed to every role: the office chooses where a ward item goes). */
const UNITS = ['GET /api/units/current session editor', 'GET /api/units session editor', 'POST /api/units session admin', 'PUT /api/units/{id} session admin'];

type Operation = { security?: unknown[]; 'x-access': string };

const allContracts: RouteContract[] = Object.values(api).flatMap((domain) => Object.values(domain));
const label = (route: RouteContract) => `${route.method.toUpperCase()} ${route.path}`;

describe('route contracts (shared/src/api) and the server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('binds every served route to a contract, and every contract to exactly one handler', () => {
    const bound = t.app.routes.map((route) => route.contract);
    expect(bound.filter((c) => !allContracts.includes(c)).map(label)).toEqual([]);
    expect(allContracts.filter((c) => !bound.includes(c)).map(label)).toEqual([]);
    expect(new Set(bound).size).toBe(bound.length);
    for (const route of t.app.routes) expect(typeof route.handle).toBe('function');
  });

  it('documents the same operations, with the same security, as before the contracts moved to shared/', async () => {
    const doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, Operation>> };
    const lines = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const security = op.security?.length === 0 ? 'public' : `session ${op['x-access']}`;
        return `${method.toUpperCase()} ${path} ${security}`;
      }),
    );
    expect(lines.sort()).toEqual([...DOCUMENTED_BEFORE, ...FEEDBACK_HANDLING, ...SURVEY_AND_QUIZ, ...VIDEO, ...UNITS].sort());
  });
});

describe('the console client', () => {
  it('builds a URL from a contract: params substituted and encoded, empty query values left out', () => {
    expect(urlFor(contentApi.setStatus, { id: 'bài 1/ư' })).toBe('/api/content/b%C3%A0i%201%2F%C6%B0/status');
    expect(urlFor(contentApi.list, {}, { q: 'học phí (2026)', type: undefined, status: '' })).toBe(
      '/api/content?q=h%E1%BB%8Dc+ph%C3%AD+%282026%29',
    );
    expect(urlFor(api.lookups.report, { slug: 'tiep-nhan' })).toBe('/api/display/tiep-nhan/lookups');
    expect(() => urlFor(contentApi.get)).toThrow(/id/);
  });

  it('sends each call to its contract’s method and URL, with a JSON body on writes', async () => {
    const sent: { method: string; url: string; body: unknown }[] = [];
    const fetchStub = vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ method: String(init.method), url, body: init.body === undefined ? undefined : JSON.parse(String(init.body)) });
      return new Response(JSON.stringify({ data: { segments: [] } }), { status: 200 });
    });
    vi.stubGlobal('fetch', fetchStub);
    // Every stub reply is `{ segments: [] }`: outside production builds the client reports the ones that break their contract.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const client = createApiClient(createHttp({ onUnauthenticated: () => undefined }));
      const reply = await client.schedules.timeline('sảnh', new Date('2026-12-07T00:00:00Z'), new Date('2026-12-14T00:00:00Z'));
      expect(reply.segments).toEqual([]);
      await client.content.list({ q: '  học phí ', status: 'submitted' });
      await client.emergencies.clear('e/1');
      await client.media.remove('m1');
      await client.users.resetPassword('u1', 'correct horse battery');
      expect(sent).toEqual([
        {
          method: 'GET',
          url: '/api/schedules/timeline?screen=s%E1%BA%A3nh&from=2026-12-07T00%3A00%3A00.000Z&until=2026-12-14T00%3A00%3A00.000Z',
          body: undefined,
        },
        { method: 'GET', url: '/api/content?status=submitted&q=h%E1%BB%8Dc+ph%C3%AD', body: undefined },
        { method: 'POST', url: '/api/emergencies/e%2F1/clear', body: {} },
        { method: 'DELETE', url: '/api/media/m1', body: undefined },
        { method: 'POST', url: '/api/users/u1/password', body: { password: 'correct horse battery' } },
      ]);
      expect(reported.mock.calls.map(([message]) => String(message))).toContain(
        'Reply of GET /api/content does not match its contract',
      );
      expect(reported.mock.calls.some(([message]) => String(message).includes('/api/schedules/timeline'))).toBe(false);
      expect(client.audit.csvHref({ q: 'duyệt', page: 3, pageSize: 25 })).toBe('/api/audit.csv?q=duy%E1%BB%87t');
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });
});

// Checked by `npm run typecheck` (tests/tsconfig.json), never run: what the contracts forbid at compile time.
export function compileTimeChecks(http: Http, school: Awaited<ReturnType<Handlers['get']>>) {
  // @ts-expect-error a call must give the path's params
  void http.call(contentApi.get, {});
  // @ts-expect-error the body must match the contract's schema
  void http.call(contentApi.approve, { params: { id: 'c1' }, body: { baseVersion: 'one' } });
  // @ts-expect-error every contract of a domain needs its handler
  bindRoutes(schoolApi, { get: async () => school });
  bindRoutes(schoolApi, {
    get: async ({ user }) => (user === null ? school : school), // public: the user may be null
    update: async ({ user }) => ({ ...school, name: user.displayName }), // admin only: signed in, no `user!`
  });
}
type Handlers = Parameters<typeof bindRoutes<typeof schoolApi>>[1];

describe('the console spells no API path by hand', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );

  it("has no '/api/… literal in admin/src outside admin/src/api/ (the same check as the lint rule)", () => {
    const offending = files(join(root, 'admin/src'))
      .filter((file) => !relative(root, file).startsWith('admin/src/api/'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (/['"`]\/api\//.test(line) ? [`${relative(root, file)}:${i + 1}`] : [])),
      );
    expect(offending).toEqual([]);
  });
});
