import { randomBytes, scrypt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { inject } from 'vitest';
import {
  ADMIN_NAMESPACE,
  DISPLAY_NAMESPACE,
  type AdminClientToServerEvents,
  type AdminServerToClientEvents,
  type Database,
  type DisplayClientToServerEvents,
  type DisplayServerToClientEvents,
  type DisplaySnapshot,
  type Role,
} from '@bangtin/shared';
import { createApp, type App } from '../../server/src/app.ts';
import { manualClock } from '../../server/src/clock.ts';
import { createLogger, type Logger } from '../../server/src/logger.ts';
import { demoDatabase } from '../../server/src/seed/demoDatabase.ts';
import { openMemoryStore } from '../../server/src/store/openStore.ts';
import type { Store } from '../../server/src/store/store.ts';
import type { ProofLog } from '../../server/src/proof/proofLog.ts';
import type { InheritedFeed } from '../../server/src/domain/wardFeed.ts';
import { manualBoundaryTimer } from './manualTimer.ts';
import { createMigratedDatabase, openPgTestStore } from './pgTestStore.ts';
import { httpRequest } from './httpClient.ts';
import { tempDataDir } from './serverProcess.ts';

type ManualClock = ReturnType<typeof manualClock>;

export const TEST_PASSWORD = 'correct horse battery';
export const TIMEZONE = 'Asia/Ho_Chi_Minh';

/**
 * The seeded users' hash, with a cheaper scrypt cost (N = 1024, 2 ms) than the server's own (N = 16384, 45 ms of CPU).
 * verifyPassword reads the cost stored with each hash (passwords.ts), so every sign-in still runs the real check; the
 * hundreds of sign-ins in the suite were about a tenth of the node project's CPU. passwords.test.ts checks the server's
 * cost, and hashes the server makes itself (new accounts, changed passwords) keep it.
 */
async function cheapHash(password: string): Promise<string> {
  const salt = randomBytes(16);
  const N = 1024;
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, 64, { N, r: 8, p: 1 }, (error, derived) => (error ? reject(error) : resolve(derived))),
  );
  return ['scrypt', N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

let cachedHash: Promise<string> | null = null;
const passwordHash = () => (cachedHash ??= cheapHash(TEST_PASSWORD));

/** A seeded database with one user per role (admin, hieutruong = approver, vanphong = editor). */
export async function seededDatabase(now: Date): Promise<Database> {
  const hash = await passwordHash();
  const db = demoDatabase({ now, timezone: TIMEZONE, admin: { passwordHash: hash } });
  const extra: { id: string; username: string; role: Role; displayName: string }[] = [
    { id: 'u-approver', username: 'hieutruong', role: 'approver', displayName: 'Hiệu trưởng' },
    { id: 'u-editor', username: 'vanphong', role: 'editor', displayName: 'Văn phòng' },
  ];
  for (const u of extra) db.users.push({ ...u, email: '', passwordHash: hash, disabled: false, createdAt: now.toISOString() });
  return db;
}

export interface TestApp {
  app: App;
  store: Store;
  clock: ReturnType<typeof manualClock>;
  /** The schedule boundary timer; `fireIfDue()` after moving the clock. */
  timer: ReturnType<typeof manualBoundaryTimer>;
  url: string;
  close(): Promise<void>;
}

/** createApp on port 0 with an in-memory store and a manual clock. */
export async function startTestApp(
  options: {
    now?: Date;
    loginAttempts?: number;
    mediaDir?: string;
    proofLog?: (clock: ManualClock) => ProofLog;
    store?: Store;
    /** A logger whose lines the test reads (the privacy leak test). */
    logger?: Logger;
    /** A child unit: the ward's items meant for it (ward content tests). */
    inherited?: InheritedFeed;
  } = {},
): Promise<TestApp> {
  const clock = manualClock(options.now ?? new Date('2026-11-28T01:00:00Z'));
  // BANGTIN_TEST_STORE=pg: the same tests on a PgStore in a database of their own (run by hand; see README, PostgreSQL).
  const ownPgStore = !options.store && process.env.BANGTIN_TEST_STORE === 'pg';
  const store =
    options.store ??
    (ownPgStore
      ? await openPgTestStore(await createMigratedDatabase(inject('pgClusterUrl')!), await seededDatabase(clock.now()))
      : openMemoryStore(await seededDatabase(clock.now())));
  const timer = manualBoundaryTimer(() => clock.now());
  const app = createApp({
    boundaryTimer: timer,
    store,
    clock,
    logger: options.logger ?? createLogger(process.env.TEST_LOG ?? 'silent'),
    timezone: TIMEZONE,
    sessionHours: 12,
    pagesDir: '/nonexistent',
    loginAttempts: options.loginAttempts ?? 1000,
    mediaDir: options.mediaDir ?? tempDataDir('media'),
    ...(options.proofLog ? { proofLog: options.proofLog(clock) } : {}),
    ...(options.inherited ? { inherited: options.inherited } : {}),
  });
  await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
  const { port } = app.http.address() as AddressInfo;
  const close = async () => {
    await app.close();
    if (ownPgStore) await store.close();
  };
  return { app, store, clock, timer, url: `http://127.0.0.1:${port}`, close };
}

export async function login(url: string, username = 'admin', password = TEST_PASSWORD): Promise<string> {
  const res = await httpRequest(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
  return res.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
}

export type DisplayClient = Socket<DisplayServerToClientEvents, DisplayClientToServerEvents>;
export type AdminClient = Socket<AdminServerToClientEvents, AdminClientToServerEvents>;

export function connectDisplay(url: string, slug: string): DisplayClient {
  return connect(`${url}${DISPLAY_NAMESPACE}`, { auth: { slug }, transports: ['websocket'], forceNew: true });
}

export function connectAdmin(url: string, cookie?: string): AdminClient {
  return connect(`${url}${ADMIN_NAMESPACE}`, {
    transports: ['websocket'],
    forceNew: true,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
}

/**
 * The next snapshot a display receives (optionally: the next one that matches). The timeout only catches a snapshot
 * that never comes: it is not a speed limit (a fresh clone under load once needed more than 5 s for a pg-backed unit's
 * first snapshot), so it stays below Vitest's 20 s test timeout and well above any normal delivery.
 */
export function nextSnapshot(
  client: DisplayClient,
  matches: (s: DisplaySnapshot) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<DisplaySnapshot> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('display:snapshot', handler);
      reject(new Error('no matching snapshot in time'));
    }, timeoutMs);
    const handler = (snapshot: DisplaySnapshot) => {
      if (!matches(snapshot)) return;
      clearTimeout(timer);
      client.off('display:snapshot', handler);
      resolve(snapshot);
    };
    client.on('display:snapshot', handler);
  });
}

export function connectError(client: { once(event: 'connect_error', cb: (e: Error) => void): unknown }): Promise<Error> {
  return new Promise((resolve) => client.once('connect_error', resolve));
}
