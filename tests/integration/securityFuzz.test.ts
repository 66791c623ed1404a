import { afterEach, describe, expect, it } from 'vitest';
import { openFileStore } from '../../server/src/store/openStore.ts';
import { httpRequest } from '../helpers/httpClient.ts';
import { fuzzBody, HOSTILE_VALUES, seededRandom, type JsonSchema, type Rng } from '../helpers/fuzzBodies.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { login, seededDatabase, startTestApp, type TestApp } from '../helpers/testApp.ts';

/** `npm run test:security` sets SECURITY_LONG=1: five times the bodies. FUZZ_SEED replays another run. */
const LONG = process.env.SECURITY_LONG === '1';
const BODIES = LONG ? 10_000 : 2_000;
const QUERIES = BODIES / 4;
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const PARALLEL = 6;

interface Operation {
  method: string;
  path: string;
  access: string;
  body?: JsonSchema;
  query: { name: string; schema: JsonSchema }[];
}
interface OpenApiDoc {
  paths: Record<string, Record<string, { 'x-access': string; requestBody?: { content: Record<string, { schema: JsonSchema }> }; parameters?: { name: string; in: string; schema: JsonSchema }[] }>>;
}
interface Sent {
  method: string;
  url: string;
  text?: string;
  access: string;
}

let t: TestApp;
afterEach(async () => t?.close());

const HOSTILE_SEGMENTS = ['..%2F..%2Fetc%2Fpasswd', '%00', 'a'.repeat(300), '__proto__', 'constructor', '%E0%A4%A', '%3Cscript%3E', '-1', '0'];

function urlFor(op: Operation, ids: string[], rng: Rng, query = ''): string {
  const path = op.path.replace(/\{[^}]+\}/g, () => (rng.chance(0.7) ? encodeURIComponent(rng.pick(ids)) : rng.pick(HOSTILE_SEGMENTS)));
  return `${path}${query}`;
}

function hostileQuery(op: Operation, rng: Rng): string {
  const params = new URLSearchParams();
  for (const { name } of op.query) {
    if (rng.chance(0.3)) continue;
    const value = rng.pick(HOSTILE_VALUES);
    params.append(name, typeof value === 'string' ? value.slice(0, 2000) : JSON.stringify(value) ?? '');
    if (rng.chance(0.1)) params.append(name, 'twice');
  }
  if (rng.chance(0.2)) params.append('__proto__[polluted]', 'yes');
  return `?${params}`;
}

describe('fuzzing every JSON route from the OpenAPI document (deterministic seed)', () => {
  it(`${BODIES} fuzzed bodies and ${QUERIES} fuzzed queries: 0 × 5xx, every reply an envelope, no prototype pollution, and the data file still opens`, { timeout: LONG ? 3_600_000 : 120_000 }, async () => {
    const dir = tempDataDir('fuzz');
    const now = new Date('2026-11-28T01:00:00Z');
    const { store } = await openFileStore(dir, () => seededDatabase(now));
    t = await startTestApp({ store, now, loginAttempts: 1_000_000 });
    const doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as OpenApiDoc;
    const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method,
        path,
        access: op['x-access'],
        ...(op.requestBody ? { body: op.requestBody.content['application/json']?.schema ?? {} } : {}),
        query: (op.parameters ?? []).filter((p) => p.in === 'query'),
      })),
    );
    const admin = (await store.findUserByUsername('admin'))?.id;
    // Real ids (except the admin's own account: a fuzzed reset of it would lock this test out), so handlers run.
    const ids = [
      ...(await store.listContent()).map((c) => c.id),
      ...(await store.listScreens()).flatMap((s) => [s.id, s.slug]),
      ...(await store.listUsers()).map((u) => u.id).filter((id) => id !== admin),
      ...(await store.schedules.list()).map((s) => s.id),
      ...(await store.playlists.list()).map((p) => p.id),
    ];

    // Everything is generated before the first request: the same seed sends the same requests whatever the answers.
    const rng = seededRandom(SEED);
    // Routes that hash a password (scrypt, slow on purpose) get a quarter share, so the budget goes to the rest.
    const hashes = (o: Operation) => ['/api/auth/login', '/api/users', '/api/users/{id}/password'].includes(o.path) && o.method === 'post';
    const withBody = operations.filter((o) => o.body).flatMap((o) => (hashes(o) ? [o] : [o, o, o, o]));
    const withQuery = operations.filter((o) => o.query.length > 0);
    const requests: Sent[] = [
      ...Array.from({ length: BODIES }, () => {
        const op = rng.pick(withBody);
        return { method: op.method, url: urlFor(op, ids, rng), text: fuzzBody(op.body ?? {}, rng).text, access: op.access };
      }),
      ...Array.from({ length: QUERIES }, () => {
        const op = rng.pick(withQuery);
        return { method: op.method, url: urlFor(op, ids, rng, hostileQuery(op, rng)), access: op.access };
      }),
    ];

    let cookie = await login(t.url);
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    // node:http on kept-alive sockets rather than fetch: the 2,500 requests' client side was a third of this file's CPU.
    const send = (r: Sent) =>
      httpRequest(`${t.url}${r.url}`, {
        method: r.method.toUpperCase(),
        headers: { 'content-type': 'application/json', ...(r.access === 'public' ? {} : { cookie }) },
        ...(r.text === undefined ? {} : { body: r.text }),
      });
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const r = requests[next++]!;
        let res = await send(r);
        if (res.status === 401 && r.access !== 'public') {
          cookie = await login(t.url); // a fuzzed body may end the session (e.g. demoting through another route)
          res = await send(r);
        }
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const reply = res.text;
        const envelope = res.headers['content-type']?.startsWith('application/json') ? (JSON.parse(reply) as object) : null;
        if (res.status >= 500 || (envelope && !('data' in envelope) && !('error' in envelope))) {
          failures.push(`${res.status} ${r.method} ${r.url.slice(0, 120)} ${r.text?.slice(0, 200) ?? ''} → ${reply.slice(0, 300)}`);
        }
      }
    };
    const cpu = process.cpuUsage();
    const wall = performance.now();
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const used = process.cpuUsage(cpu);
    if (process.env.FUZZ_REPORT) console.info(`cpu ${Math.round((used.user + used.system) / 1000)} ms, wall ${Math.round(performance.now() - wall)} ms`, Object.fromEntries(statuses));

    expect(failures).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(BODIES + QUERIES);
    expect([...statuses.keys()].some((s) => s < 300), 'some fuzzed writes were valid and accepted').toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    if (LONG) console.info(`fuzz seed ${SEED}: ${BODIES} bodies + ${QUERIES} queries →`, Object.fromEntries([...statuses].sort()));

    // Whatever was accepted, the next start accepts the file.
    await t.close();
    await store.flush();
    await expect(openFileStore(dir, () => Promise.reject(new Error('must not seed')))).resolves.toMatchObject({ seeded: false });
  });
});
