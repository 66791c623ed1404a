import express, { type Express, type RequestHandler, type Router } from 'express';
import { evaluateSchedule, type FeedbackCounts, type Unit } from '@bangtin/shared';
import type { InheritedFeed } from '../domain/wardFeed.ts';
import type { Server as SocketServer } from 'socket.io';
import type { Clock } from '../clock.ts';
import { createAuditLog } from '../domain/audit.ts';
import { createAuthService, type AuthService } from '../domain/auth.ts';
import { createFailedLoginLog, type FailedLoginLog } from '../domain/failedLogins.ts';
import { createLoginThrottle, type LoginThrottleOptions } from '../domain/loginThrottle.ts';
import { createDisplayService } from '../domain/displaySnapshot.ts';
import { sharedRead } from '../domain/sharedRead.ts';
import type { TwoFactorState } from '../domain/twoFactorState.ts';
import { createPlanningReader } from '../domain/planningData.ts';
import { createDomainEvents, type DomainEvents } from '../domain/events.ts';
import { csrfGuard } from '../http/csrf.ts';
import { limiter } from '../http/security.ts';
import { apiNotFound, errorHandler } from '../http/errorHandler.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { mountPages } from '../http/pages.ts';
import { displayBuildReader } from '../http/displayBuild.ts';
import type { RouteSpec } from '../http/route.ts';
import type { Logger } from '../logger.ts';
import type { MailPort } from '../notify/mailPort.ts';
import { createMemoryProofLog, type ProofLog } from '../proof/proofLog.ts';
import { createProofGate } from '../proof/proofGate.ts';
import type { SentSlideMemory } from '../proof/sentSlides.ts';
import { withAreasAtPlay } from '../areas/areasAtPlay.ts';
import { mountPublicSite } from '../public/site.ts';
import { createRateLimit } from '../public/rateLimit.ts';
import { attachAdminNamespace } from '../realtime/adminNamespace.ts';
import { attachDisplayNamespace } from '../realtime/displayNamespace.ts';
import { attachPairingNamespace } from '../realtime/pairingNamespace.ts';
import { coalesce } from '../realtime/coalesce.ts';
import { createPresence } from '../realtime/presence.ts';
import { pushDomainEvents } from '../realtime/domainPushes.ts';
import { createPublisher } from '../realtime/publisher.ts';
import { createScheduler } from '../scheduler/scheduler.ts';
import { cronBoundaryTimer, type BoundaryTimer } from '../scheduler/boundaryTimer.ts';
import { createSchedulePlanner } from '../scheduler/planner.ts';
import type { LookupLimits } from '../domain/lookups.ts';
import type { Ops } from '../ops/ops.ts';
import type { Store } from '../store/store.ts';
import { createPairing } from '../domain/pairing.ts';
import { createDeviceTrust } from '../domain/deviceTrust.ts';
import { unitServices } from './unitServices.ts';
import { unitSessionResolver, type SessionResolver } from './unitSessions.ts';
import type { UnitCluster } from './unitCluster.ts';
import { unitsRoutes, type UnitsPort } from './unitsRoutes.ts';


/** What one unit is built from: its store and the per-unit knobs (every one as in AppDeps). */
export interface UnitDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** School timezone for scheduled jobs (the school record's timezone governs what is on air). */
  timezone: string;
  sessionHours: number;
  /** Folder holding display/dist and admin/dist. */
  pagesDir: string;
  /** Folder served at /media (DATA_DIR/media, one for every unit); none in unit tests. */
  mediaDir?: string;
  /** Per-account back-off (domain/loginThrottle.ts); defaults there. */
  loginThrottle?: Partial<LoginThrottleOptions>;
  /** Refused logins, kept apart from the audit log; in memory when omitted (tests), a rotating file in main.ts. */
  failedLogins?: FailedLoginLog;
  /** Two-step sign-in tickets and pending TOTP keys (PostgreSQL with DATABASE_URL, so any process can finish them); in memory when omitted. */
  twoFactorState?: TwoFactorState;
  /** Where proof of display goes (outside db.json); in memory when omitted (tests). */
  proofLog?: ProofLog;
  /** Where the proof gate remembers the slides each screen was sent (a file beside the proof log); in memory when omitted. */
  sentSlides?: SentSlideMemory;
  /** Fires at schedule boundaries; a node-cron task by default, a manual one in tests driven by their clock. */
  boundaryTimer?: BoundaryTimer;
  /** Budgets for the reception kiosk's anonymous look-up counts (defaults in domain/lookups.ts). */
  lookupLimits?: LookupLimits;
  /** Where notification mail goes; the school's SMTP server (nodemailer) by default. */
  mail?: MailPort;
  /** Photos sent with feedback: never under /media (default: a `-feedback` folder beside mediaDir). */
  feedbackPhotoDir?: string;
  /** End-to-end tests only (FORM_MIN_FILL_SECONDS): the public forms' minimum fill time; each form's own when omitted. */
  formMinFillSeconds?: number;
  /** A child's share of the root's items (ward → children); none at the root. */
  inherited?: InheritedFeed;
}

export interface UnitRuntimeDeps extends UnitDeps {
  unit: Unit;
  /** '' for the root, '/<slug>' for a child. */
  base: string;
  io: SocketServer;
  ops: Ops;
  /** The login limiter is one for the whole process: a guesser's budget per address does not grow with the units. */
  loginLimiter: RequestHandler;
  /** The root's sessions, in a child: a root administrator may act here. */
  parent: { auth: AuthService; base: string } | null;
  units: UnitsPort;
  /** This unit's share of the cluster (claims and nudges named by unit id); one process when omitted. */
  cluster?: UnitCluster;
}

export interface UnitRuntime {
  unit: Unit;
  base: string;
  store: Store;
  auth: AuthService;
  events: DomainEvents;
  resolve: SessionResolver;
  routes: RouteSpec[];
  /** Mounts the unit's API, public site and pages on `app` (the shell's own for the root, a sub-app for a child). */
  mount(app: Express): void;
  /** One planning step: recompute and push every screen's snapshot, re-arm the boundary task. */
  step(): Promise<void>;
  evaluations(): number;
  feedback: { purge(): Promise<number>; idle(): Promise<void> };
  purgeSessions(): Promise<number>;
  notifications: { checkOffline(): Promise<void>; idle(): Promise<void> };
  feedbackReminders(): Promise<{ counts: FeedbackCounts; mailed: boolean }>;
  start(): void;
  /** Stops timers and jobs (before the sockets close). */
  stop(): Promise<void>;
  /** Writes what is pending (after the sockets closed). */
  flush(): Promise<void>;
}

/** Everything built from one Store: services, REST routes, public site, pages, namespaces, planner and jobs. */
export function createUnitRuntime(deps: UnitRuntimeDeps): UnitRuntime {
  const { store, clock, logger, io, ops, base, cluster } = deps;
  const audit = createAuditLog(store, clock);
  // The one way services announce changes; realtime and the planner subscribe below.
  const events = createDomainEvents((error, name) => logger.error({ err: error, event: name, unit: deps.unit.id }, 'a domain event listener failed'));
  let evaluations = 0;
  const evaluate: typeof evaluateSchedule = (...args) => {
    evaluations += 1;
    return ops.metrics.timeEvaluation(() => evaluateSchedule(...args));
  };
  const failedLogins = deps.failedLogins ?? createFailedLoginLog(clock);
  const throttle = createLoginThrottle(clock, deps.loginThrottle);
  const auth = createAuthService({ store, clock, audit, events, failedLogins, throttle, sessionHours: deps.sessionHours, secondSteps: deps.twoFactorState });
  const resolve = unitSessionResolver({ auth, base }, deps.parent);
  // In a child, the root's items meant for it are read with its own, in the same planning step (domain/wardFeed.ts).
  const readPlanning = createPlanningReader(store, deps.inherited);
  // A child kiosk's QR codes lead to the child's own public pages: its public address carries the base.
  // Kiosks connecting together (thousands after a restart) share one read of the store, not one each.
  const display = createDisplayService({ readPlanning: sharedRead(readPlanning), clock, evaluate, displayBuild: displayBuildReader(deps.pagesDir), unitBase: base });
  // Each play is stamped with its item's reform areas as shown (the area reports count it there, not where it is filed later).
  const proofLog = withAreasAtPlay(deps.proofLog ?? createMemoryProofLog(clock, deps.timezone), { store, events, clock });
  const pairing = cluster?.pairing ?? createPairing(clock);
  const proofGate = createProofGate({ clock, proofLog, ...(deps.sentSlides ? { sentSlides: deps.sentSlides } : {}) });
  // Presence changes reach office consoles at most once a second, and only when a console is open:
  // a thousand screens connecting must not become a thousand full-list broadcasts.
  const pushPresence = coalesce(1000, () => {
    if (adminNamespace.sockets.size > 0) adminNamespace.local.emit('screens:presence', presence.list());
  });
  // Each process pushes the whole cluster's list to its own consoles (hence `.local` above).
  const presence = cluster ? cluster.sharePresence(createPresence(clock, pushPresence.schedule), pushPresence.schedule) : createPresence(clock, pushPresence.schedule);
  const adminNamespace = attachAdminNamespace(io, { auth, presence, base, resolve });
  const trust = createDeviceTrust({ store, clock });
  const displayNamespace = attachDisplayNamespace(io, {
    store,
    display,
    presence,
    logger,
    proofLog,
    proofGate,
    trust,
    onPairedConnection: (screenId) => pairing.handedOver(screenId),
    clock,
    onEmergencyAck: (emergencyId, screenId) => void services.emergencies.acknowledge(emergencyId, screenId),
    onSnapshotSent: (socket, screenId, version) => publisher.delivered(socket, screenId, version),
    base,
  });
  const pairingNamespace = attachPairingNamespace(io, base);
  const services = unitServices({ ...deps, audit, events, auth, pairing, presence, proofLog, readPlanning, failedLogins, trust, displayNamespace, pairingNamespace });
  const publisher = createPublisher(display, displayNamespace, (snapshot) => proofGate.noteSnapshot(snapshot));
  const planner = createSchedulePlanner({
    readPlanning,
    clock,
    logger,
    evaluate,
    timer: deps.boundaryTimer ?? cronBoundaryTimer(clock, logger),
    publish: (step) => ops.metrics.timePublish(() => publisher.publish(step)),
    atBoundary: () => services.emergencies.announceExpired(),
    ...(cluster ? { claimBoundary: (at: Date) => cluster.claim('schedule-boundary', at.toISOString()) } : {}),
  });
  pushDomainEvents(events, adminNamespace, displayNamespace);
  ops.metrics.watchKiosks(displayNamespace);
  // Anything that can change what a screen plays: one planning step (push now, re-arm the next boundary).
  // With several processes, the others are nudged to run their own step for their own kiosks.
  const step = () => {
    void planner.step();
    cluster?.nudge();
  };
  // Another process's change (its nudge), or the root's for a child: re-plan here, never nudge back (every process's root
  // hears the root's nudge and tells its own children).
  cluster?.onNudge(() => events.emit('plan.stale', {}));
  events.on('plan.stale', () => void planner.step());
  for (const name of ['content.changed', 'school.changed', 'screen.changed', 'schedule.changed', 'emergency.changed'] as const) {
    events.on(name, step);
  }
  const routes: RouteSpec[] = [...services.routes(auth, base, display), ...unitsRoutes(deps.units, resolve)];

  const scheduler = createScheduler(deps.timezone, logger, cluster ? (job, slot) => cluster.claim(job, slot) : undefined);
  // What is on air depends on the calendar day (validity dates): re-evaluate just after midnight.
  scheduler.add({
    name: 'day-rollover',
    expression: '1 0 0 * * *',
    run: async () => {
      await planner.step();
      cluster?.nudge();
    },
  });
  scheduler.add({ name: 'session-cleanup', expression: '0 17 * * * *', run: () => auth.purgeExpired() });
  services.scheduleJobs(scheduler);

  function mount(app: Express): void {
    const api = express.Router();
    // An import carries a whole file (up to 240,000 characters; Vietnamese takes up to 3 bytes each).
    api.use('/api/content/import', express.json({ limit: '1mb' }));
    // A survey is five numbers and a short comment: anything bigger is refused before parsing, and strangers are rate-limited.
    api.use('/api/public/survey', express.json({ limit: '8kb' }));
    api.use(
      '/api/public/survey',
      createRateLimit({ clock, name: 'khao-sat-api', perAddress: { limit: 20, windowSeconds: 3600 }, overall: { limit: 300, windowSeconds: 3600 }, reply: 'json' }),
    );
    api.use(express.json({ limit: '256kb' }));
    // Cookie-authenticated writes live under /api; the public pages' own forms (/gop-y …) carry no session to forge.
    api.use('/api', csrfGuard);
    api.use('/api/auth/login', deps.loginLimiter);
    api.use('/api/pairing', limiter({ windowMinutes: 15, limit: 60, message: 'Quá nhiều yêu cầu ghép nối. Vui lòng thử lại sau.' }));
    api.use('/api/public/feedback', services.feedback.apiLimit);
    mountRoutes(api, routes, auth, resolve);
    app.use(api);
    app.use('/api', apiNotFound);
    // Server-rendered pages for parents' phones and printed documents (server/src/public/): one router per feature.
    const publicRouters: Router[] = services.publicRouters(resolve);
    mountPublicSite(app, publicRouters);
    // Media is one shared folder, served at /media for every unit (stored URLs are absolute): only the root mounts it.
    mountPages(app, deps.pagesDir, base === '' ? (deps.mediaDir ?? null) : null);
    app.use(errorHandler(logger));
  }

  return {
    unit: deps.unit,
    base,
    store,
    auth,
    events,
    resolve,
    routes,
    mount,
    step: () => planner.step(),
    evaluations: () => evaluations,
    purgeSessions: () => auth.purgeExpired(),
    feedback: services.feedbackJobs,
    notifications: services.notifications,
    feedbackReminders: services.feedbackReminders,
    start: () => {
      scheduler.start();
      void planner.step();
    },
    async stop() {
      await scheduler.stop();
      await planner.stop();
      pushPresence.cancel();
    },
    async flush() {
      await proofLog.close();
      await proofGate.flush();
      await services.flush();
      await failedLogins.flush();
      await store.flush();
    },
  };
}
