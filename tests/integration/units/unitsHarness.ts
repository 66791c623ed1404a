import type { AddressInfo } from 'node:net';
import { io as connect } from 'socket.io-client';
import { DISPLAY_NAMESPACE, type UnitCreated } from '@bangtin/shared';
import { createApp, type App } from '../../../server/src/app.ts';
import { manualClock } from '../../../server/src/clock.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { openFileStore } from '../../../server/src/store/openStore.ts';
import type { Store } from '../../../server/src/store/store.ts';
import { openFileDirectory } from '../../../server/src/units/directoryFile.ts';
import { pgDirectory } from '../../../server/src/units/directoryPg.ts';
import { fileUnitStores, pgUnitStores } from '../../../server/src/units/unitStores.ts';
import { httpRequest } from '../../helpers/httpClient.ts';
import { manualBoundaryTimer } from '../../helpers/manualTimer.ts';
import { createMigratedDatabase, openPgTestStore } from '../../helpers/pgTestStore.ts';
import { tempDataDir } from '../../helpers/serverProcess.ts';
import { seededDatabase, TEST_PASSWORD, TIMEZONE, type DisplayClient } from '../../helpers/testApp.ts';

export type StoreKind = 'files' | 'pg';

export interface UnitsApp {
  app: App;
  url: string;
  root: Store;
  clock: ReturnType<typeof manualClock>;
  dataDir: string;
  close(): Promise<void>;
}

/** createApp with a unit directory on files (DATA_DIR/units.json, units/<id>/) or on PostgreSQL (a database of its own). */
export async function startUnitsApp(kind: StoreKind, clusterUrl?: string): Promise<UnitsApp> {
  const clock = manualClock(new Date('2026-11-28T01:00:00Z'));
  const dataDir = tempDataDir('units');
  const seed = () => seededDatabase(clock.now());
  let root: Store;
  let units;
  if (kind === 'pg') {
    const store = await openPgTestStore(await createMigratedDatabase(clusterUrl!), await seed());
    root = store;
    units = { directory: pgDirectory(store.pool), openStore: pgUnitStores({ pool: store.pool, clock, timezone: TIMEZONE }) };
  } else {
    root = (await openFileStore(dataDir, seed)).store;
    units = { directory: (await openFileDirectory(dataDir)).directory, openStore: fileUnitStores({ dataDir, clock, timezone: TIMEZONE }) };
  }
  const app = createApp({
    store: root,
    clock,
    logger: createLogger(process.env.TEST_LOG ?? 'silent'),
    timezone: TIMEZONE,
    sessionHours: 12,
    pagesDir: '/nonexistent',
    loginAttempts: 1000,
    mediaDir: tempDataDir('media'),
    boundaryTimer: manualBoundaryTimer(() => clock.now()),
    units: { ...units, childTimer: () => manualBoundaryTimer(() => clock.now()) },
  });
  app.start();
  await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
  const { port } = app.http.address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    root,
    clock,
    dataDir,
    async close() {
      await app.close();
      await root.close();
    },
  };
}

const json = { 'content-type': 'application/json' };

/** Signs in at a unit's base; the `bt_session…=…` pair to send back (`bt_session` at the root, `bt_session_<slug>` in a child). */
export async function loginAt(url: string, base: string, username: string, password = TEST_PASSWORD): Promise<{ cookie: string; setCookie: string }> {
  const res = await fetch(`${url}${base}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login at ${base} failed: ${res.status} ${await res.text()}`);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0] ?? '', setCookie };
}

/** POST /api/units as the root's administrator: the new unit and its first admin's one-time password. */
export async function createUnit(url: string, rootCookie: string, slug: string, name: string): Promise<UnitCreated> {
  const res = await fetch(`${url}/api/units`, {
    method: 'POST',
    headers: { ...json, cookie: rootCookie },
    body: JSON.stringify({ slug, name, kind: 'school', adminUsername: 'quantri', adminDisplayName: `Quản trị ${name}` }),
  });
  if (res.status !== 201) throw new Error(`creating ${slug} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: UnitCreated }).data;
}

export async function call(url: string, path: string, options: { method?: string; cookie?: string; body?: unknown } = {}) {
  const res = await httpRequest(`${url}${path}`, {
    method: options.method ?? 'GET',
    headers: { ...json, ...(options.cookie ? { cookie: options.cookie } : {}) },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  return { status: res.status, text: res.text, setCookie: res.headers['set-cookie']?.join(', ') ?? null };
}

/** A kiosk on a unit's display namespace (`${base}/display`). */
export function connectUnitDisplay(url: string, base: string, slug: string): DisplayClient {
  return connect(`${url}${base}${DISPLAY_NAMESPACE}`, { auth: { slug }, transports: ['websocket'], forceNew: true });
}
