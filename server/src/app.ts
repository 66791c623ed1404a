import { createServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import express from 'express';
import type { FeedbackCounts, Unit } from '@bangtin/shared';
import { Server as SocketServer } from 'socket.io';
import { hstsWhenSecure, limiter, securityHeaders } from './http/security.ts';
import { buildOpenApi } from './http/openapi.ts';
import type { RouteSpec } from './http/route.ts';
import { SOCKET_OPTIONS } from './realtime/socketOptions.ts';
import type { Notifier } from './notify/notifier.ts';
import type { ClusterLink } from './cluster/link.ts';
import { createOps } from './ops/ops.ts';
import type { DrainOptions, DrainOutcome } from './ops/drain.ts';
import type { ReadinessCheck } from './ops/readiness.ts';
import { routeClassifier } from './ops/routeClass.ts';
import type { BoundaryTimer } from './scheduler/boundaryTimer.ts';
import { listDirectory, type UnitDirectory } from './units/directory.ts';
import { createUnitDispatch } from './units/unitMount.ts';
import { createUnitHost, type UnitHost } from './units/unitHost.ts';
import type { UnitDeps } from './units/unitRuntime.ts';
import { memoryUnitStores, type UnitStoreOpener, type UnitStoreParts } from './units/unitStores.ts';

/** The shell's own knobs; the root unit's are UnitDeps (units/unitRuntime.ts), documented there. */
export interface AppDeps extends UnitDeps {
  trustProxy?: boolean;
  appVersion?: string;
  /** Failed logins allowed per IP per 15 minutes. */
  loginAttempts?: number;
  /** PEM key and certificate: the server speaks HTTPS (main.ts listens); plain HTTP when omitted. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** What /readyz checks (ops/readiness.ts: the data file, or PostgreSQL and its migrations); always ready when omitted. */
  readiness?: ReadinessCheck;
  /** Bearer token that lets a remote scraper read /metrics (loopback needs none). */
  metricsToken?: string;
  /** Several processes on one DATABASE_URL (cluster/openCluster.ts, loaded by main.ts only then); one process when omitted. */
  cluster?: ClusterLink;
  /**
   * Units (issue #15 item 1): the directory and how a child's data is opened; the children main.ts opened at start.
   * Omitted (tests of one school): an in-memory directory, children in memory.
   */
  units?: AppUnits;
}

export interface AppUnits {
  directory: UnitDirectory;
  openStore: UnitStoreOpener;
  /** Children opened before the app was built (main.ts opens every unit's store at start). */
  children?: ReadonlyArray<{ unit: Unit; parts: UnitStoreParts }>;
  /** A child's boundary timer (tests: manual ones); node-cron's when omitted. */
  childTimer?: (unit: Unit) => BoundaryTimer;
}

export interface App {
  http: HttpServer;
  io: SocketServer;
  routes: RouteSpec[];
  /** One planning step: recompute and push every screen's snapshot, re-arm the boundary task (jobs and tests). */
  publish(): Promise<void>;
  /** The same planning step, named for what tests of the boundary task expect of it. */
  replan(): Promise<void>;
  /** How many times the schedule evaluator has run (tests assert one evaluation per change). */
  evaluations(): number;
  /** Feedback privacy: the nightly retention purge on demand (tests move the clock, then call it); in-flight mail. */
  feedback: { purge(): Promise<number>; idle(): Promise<void> };
  /** The hourly session cleanup, on demand (tests): drops expired sessions and closes their consoles. */
  purgeSessions(): Promise<number>;
  /** E-mail notifications: the offline check on demand (tests move the clock, then call it) and the in-flight mail. */
  notifications: Pick<Notifier, 'checkOffline' | 'idle'>;
  /** The feedback reminder job on demand (tests move the clock, then call it). */
  feedbackReminders(): Promise<{ counts: FeedbackCounts; mailed: boolean }>;
  /** Starts scheduled jobs; listening is the caller's business (main.ts, or port 0 in tests). */
  start(): void;
  /** SIGTERM: stop listening, send every socket to another process, let requests in flight finish (ops/drain.ts); then `close()`. */
  drain(options: DrainOptions): Promise<DrainOutcome>;
  close(): Promise<void>;
  /** The units of this process: the root's runtime and its children (tests reach a child's planning step here). */
  units: UnitHost;
}

/**
 * Builds the whole server from its dependencies. No module state, no listening: main.ts does that.
 * The shell (express, http, Socket.IO, ops routes, security headers, OpenAPI) is built here; everything built from one
 * Store is a unit runtime (units/unitRuntime.ts): the root's on '/', each child's on '/<slug>' (units/unitHost.ts).
 */
export function createApp(deps: AppDeps): App {
  const { clock, logger } = deps;
  const appVersion = deps.appVersion ?? '0.1.0';
  const expressApp = express();
  const http: HttpServer = deps.tls ? createHttpsServer({ key: deps.tls.key, cert: deps.tls.cert }, expressApp) : createServer(expressApp);
  const io = new SocketServer(http, SOCKET_OPTIONS);
  const ops = createOps({ clock, logger, appVersion, ...(deps.readiness ? { readiness: deps.readiness } : {}), ...(deps.metricsToken ? { metricsToken: deps.metricsToken } : {}) });
  const cluster = deps.cluster;
  cluster?.attach(io);
  const dispatch = createUnitDispatch(deps.trustProxy ?? false);
  const host = createUnitHost(deps, {
    io,
    ops,
    // One budget per address for the whole process: a guesser does not get ten more tries per unit.
    loginLimiter: limiter({ windowMinutes: 15, limit: deps.loginAttempts ?? 10, onlyFailures: true, message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.' }),
    dispatch,
    directory: deps.units?.directory ?? listDirectory([]),
    openStore: deps.units?.openStore ?? memoryUnitStores(),
    ...(cluster ? { cluster } : {}),
    ...(deps.units?.childTimer ? { childTimer: deps.units.childTimer } : {}),
  });
  const root = host.root;
  for (const child of deps.units?.children ?? []) host.mountChild(child.unit, child.parts);
  const routes: RouteSpec[] = root.routes;
  // Built on first request, not at start: turning every route's zod schemas into JSON Schema costs ≈ 100 ms of CPU, and
  // tests create hundreds of apps that never ask for the document.
  let openApi: ReturnType<typeof buildOpenApi> | null = null;

  expressApp.disable('x-powered-by');
  expressApp.set('trust proxy', deps.trustProxy ? 1 : false);
  expressApp.use(ops.metrics.countRequests(routeClassifier(routes.map((r) => r.path))));
  expressApp.use(securityHeaders());
  expressApp.use(hstsWhenSecure());
  // /healthz, /readyz, /metrics (server/src/ops/).
  ops.mount(expressApp);
  expressApp.get('/api/openapi.json', (_req, res) => {
    res.json((openApi ??= buildOpenApi(routes, appVersion)));
  });
  // '/<slug>/…' of a child unit, before any catch-all of the root (a slug never takes a word the root uses).
  expressApp.use(dispatch.router);
  root.mount(expressApp);

  const everyRuntime = () => host.runtimes();
  return {
    http,
    io,
    routes,
    units: host,
    publish: () => root.step(),
    replan: () => root.step(),
    evaluations: () => root.evaluations(),
    purgeSessions: () => root.purgeSessions(),
    feedback: root.feedback,
    notifications: root.notifications,
    feedbackReminders: () => root.feedbackReminders(),
    start: () => host.start(),
    drain: (options) => ops.drain({ http, io, bases: host.runtimes().map((r) => r.base) }, options),
    async close() {
      for (const runtime of everyRuntime()) await runtime.stop();
      await cluster?.close();
      io.disconnectSockets(true);
      const closed = new Promise<void>((resolve) => {
        io.close(() => resolve());
      });
      // A stalled request must not hold the shutdown (and the final flush) hostage.
      http.closeIdleConnections();
      setTimeout(() => http.closeAllConnections(), 2000).unref();
      await closed;
      for (const runtime of everyRuntime()) await runtime.flush();
      await host.closeStores();
      await ops.close();
    },
  };
}
