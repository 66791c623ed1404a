import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { Store } from '../../../server/src/store/store.ts';
import { connectError } from '../../helpers/testApp.ts';
import { call, connectUnitDisplay, createUnit, loginAt, startUnitsApp, type StoreKind, type UnitsApp } from './unitsHarness.ts';

const clusterUrl = inject('pgClusterUrl');
const kinds: StoreKind[] = clusterUrl ? ['files', 'pg'] : ['files'];
const SECRET = 'Thông báo nội bộ trường B xk41';

/** Everything of unit B a stranger could read or change: compared before and after the walk. */
async function fingerprint(store: Store): Promise<string> {
  return JSON.stringify({
    school: await store.getSchool(),
    screens: await store.listScreens(),
    content: await store.listContent(),
    users: await store.listUsers(),
    emergencies: await store.emergencies.list(),
    acks: await store.emergencyAcks.list(),
    audit: await store.listAudit(1000),
  });
}

/**
 * THE ISOLATION WALK (issue #15 item 1): an administrator of unit A — the strongest role a unit has — tries every REST
 * route of the contract list and every client→server socket event against unit B: at B's base with A's session, and at
 * A's own base with B's real ids. Nothing of B comes back, and nothing of B changes.
 */
describe.each(kinds)('no cross-unit read or write (%s)', (kind) => {
  let t: UnitsApp;
  let storeB: Store;
  let adminA: string;
  let unitBId: string;
  const idsOfB: Record<string, string> = {};

  beforeAll(async () => {
    t = await startUnitsApp(kind, clusterUrl ?? undefined);
    const rootAdmin = (await loginAt(t.url, '', 'admin')).cookie;
    const a = await createUnit(t.url, rootAdmin, 'truong-a', 'Trường A');
    const b = await createUnit(t.url, rootAdmin, 'truong-b', 'Trường B');
    unitBId = b.unit.id;
    adminA = (await loginAt(t.url, '/truong-a', 'quantri', a.admin.password)).cookie;
    const runtimes = t.app.units.children();
    storeB = runtimes.find((r) => r.unit.slug === 'truong-b')!.store;
    const storeA = runtimes.find((r) => r.unit.slug === 'truong-a')!.store;
    // B gets a screen, an item only it shows and an emergency notice; A a screen of its own (its kiosk speaks below).
    const [gate] = await t.root.listScreens();
    const item = (await t.root.listContent()).find((c) => c.type === 'announcement')!;
    await storeB.insertScreen({ ...gate!, id: 'scr-b-only', slug: 'cong-truong-b' });
    await storeB.insertContent({ ...item, id: 'c-b-only', title: SECRET, screens: 'all' });
    await storeA.insertScreen({ ...gate!, id: 'scr-a-only', slug: 'cong-truong-a' });
    idsOfB.screens = 'scr-b-only';
    idsOfB.content = 'c-b-only';
    idsOfB.users = (await storeB.listUsers())[0]!.id;
    idsOfB.units = unitBId;
    idsOfB.slug = 'cong-truong-b';
  });
  afterAll(() => t?.close());

  /** The route's path with every parameter filled with one of B's real ids (by the route's domain). */
  const fill = (path: string) =>
    path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
      if (name === 'slug') return idsOfB.slug!;
      if (name === 'year') return '2026';
      const domain = /^\/api\/([a-z-]+)/.exec(path)?.[1] ?? '';
      return idsOfB[domain] ?? idsOfB.content!;
    });
  // What B holds and the request did not name (a 404 may echo the id it was asked for: that is the asker's own text).
  const leaks = (text: string, asked: string) =>
    [SECRET, 'scr-b-only', 'c-b-only', idsOfB.users!, unitBId, 'cong-truong-b', 'Trường B'].filter((s) => text.includes(s) && !asked.includes(s));

  it("refuses every route at B's base and at the root to A's administrator, and A's own base never serves B's ids", async () => {
    const before = await fingerprint(storeB);
    const routes = t.app.routes;
    expect(routes.length).toBeGreaterThan(100);
    const seen: string[] = [];
    for (const route of routes) {
      const path = fill(route.path);
      const method = route.method.toUpperCase();
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};
      const label = `${method} ${route.path}`;
      if (route.access !== 'public') {
        for (const base of ['/truong-b', '']) {
          const reply = await call(t.url, `${base}${path}`, { method, cookie: adminA, ...(body ? { body } : {}) });
          expect([401, 403, 404], `${label} at '${base}'`).toContain(reply.status);
          expect(leaks(reply.text, path), `${label} at '${base}'`).toEqual([]);
        }
      }
      // At A's own base A's administrator is signed in: B's ids there name nothing.
      const own = await call(t.url, `/truong-a${path}`, { method, cookie: adminA, ...(body ? { body } : {}) });
      expect(leaks(own.text, path), `${label} at /truong-a with B's ids`).toEqual([]);
      expect(own.status, `${label} at /truong-a`).toBeLessThan(500);
      seen.push(label);
    }
    expect(seen).toContain('PUT /api/units/:id');
    expect(await fingerprint(storeB)).toBe(before);
  });

  it("lets no socket of A reach B: B's office and kiosk namespaces refuse it, and A's kiosk naming B's ids changes nothing", async () => {
    const before = await fingerprint(storeB);
    const office = connect(`${t.url}/truong-b/admin`, { transports: ['websocket'], forceNew: true, extraHeaders: { cookie: adminA } });
    const wrongUnitKiosk = connectUnitDisplay(t.url, '/truong-b', 'cong-truong-a');
    const refused = [connectError(office), connectError(wrongUnitKiosk)];
    expect((await refused[0])!.message).toBe('UNAUTHENTICATED');
    expect((await refused[1])!.message).toBe('SCREEN_NOT_FOUND');
    office.close();
    wrongUnitKiosk.close();
    // Every client→server event of the kiosk namespace, from A's kiosk, naming B's screen, item and notice.
    const kiosk = connectUnitDisplay(t.url, '/truong-a', 'cong-truong-a');
    await new Promise<void>((resolve) => kiosk.once('display:snapshot', () => resolve()));
    kiosk.emit('display:heartbeat', { version: 'x', slideId: 'c-b-only', uptimeSeconds: 5, viewport: { width: 1920, height: 1080 } });
    kiosk.emit('display:emergencyAck', 'c-b-only');
    const proof = await new Promise<unknown>((resolve) => {
      kiosk.emit('display:proof', [{ slideId: 'c-b-only', version: 'x', startedAt: t.clock.now().toISOString(), durationMs: 1000 }], resolve);
    });
    expect(JSON.stringify(proof)).not.toContain('"accepted":1');
    const serverNow = await new Promise<number>((resolve) => kiosk.emit('display:clock', resolve));
    expect(serverNow).toBeGreaterThan(0);
    kiosk.close();
    expect(await fingerprint(storeB)).toBe(before);
  });
});
