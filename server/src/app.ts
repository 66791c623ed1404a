import { createServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import express, { type Router } from 'express';
import { evaluateSchedule, type FeedbackCounts } from '@bangtin/shared';
import { Server as SocketServer } from 'socket.io';
import type { Clock } from './clock.ts';
import { createAuditLog } from './domain/audit.ts';
import { createAuthService } from './domain/auth.ts';
import { createFailedLoginLog, type FailedLoginLog } from './domain/failedLogins.ts';
import { createLoginThrottle, type LoginThrottleOptions } from './domain/loginThrottle.ts';
import { createTwoFactorService } from './domain/twoFactor.ts';
import type { TwoFactorState } from './domain/twoFactorState.ts';
import { sharedRead } from './domain/sharedRead.ts';
import { createContentService } from './domain/content.ts';
import { createDisplayService } from './domain/displaySnapshot.ts';
import { createPlanningReader } from './domain/planningData.ts';
import { createSchoolService } from './domain/school.ts';
import { createScreenService } from './domain/screens.ts';
import { createMediaService } from './domain/media.ts';
import { createUserService } from './domain/users.ts';
import { createProofReports } from './proof/proofReport.ts';
import { mediaRoutes } from './http/routes/mediaRoutes.ts';
import { reportRoutes } from './http/routes/reportRoutes.ts';
import { userRoutes } from './http/routes/userRoutes.ts';
import { csrfGuard } from './http/csrf.ts';
import { hstsWhenSecure, limiter, securityHeaders } from './http/security.ts';
import { apiNotFound, errorHandler } from './http/errorHandler.ts';
import { mountRoutes } from './http/mountRoutes.ts';
import { buildOpenApi } from './http/openapi.ts';
import { mountPages } from './http/pages.ts';
import { mountPublicSite } from './public/site.ts';
import { channelsRouter } from './public/channels/router.ts';
import { createPrintRouter } from './public/print/printRouter.ts';
import { quizSite } from './public/quiz/quizSite.ts';
import type { RouteSpec } from './http/route.ts';
import { auditRoutes } from './http/routes/auditRoutes.ts';
import { authRoutes } from './http/routes/authRoutes.ts';
import { contentRoutes } from './http/routes/contentRoutes.ts';
import { displayRoutes } from './http/routes/displayRoutes.ts';
import { schoolRoutes } from './http/routes/schoolRoutes.ts';
import { screenRoutes } from './http/routes/screenRoutes.ts';
import type { Logger } from './logger.ts';
import { attachAdminNamespace } from './realtime/adminNamespace.ts';
import { pushDomainEvents } from './realtime/domainPushes.ts';
import { createKioskLink } from './realtime/kioskLink.ts';
import { createDomainEvents } from './domain/events.ts';
import { attachDisplayNamespace } from './realtime/displayNamespace.ts';
import { coalesce } from './realtime/coalesce.ts';
import { createPresence } from './realtime/presence.ts';
import { attachPairingNamespace } from './realtime/pairingNamespace.ts';
import { createMemoryProofLog, type ProofLog } from './proof/proofLog.ts';
import { withAreasAtPlay } from './areas/areasAtPlay.ts';
import { createPairing } from './domain/pairing.ts';
import { createDeviceTrust } from './domain/deviceTrust.ts';
import { createProofGate } from './proof/proofGate.ts';
import type { SentSlideMemory } from './proof/sentSlides.ts';
import { createScreenCommands } from './domain/screenCommands.ts';
import { displayBuildReader } from './http/displayBuild.ts';
import { kioskRoutes } from './http/routes/kioskRoutes.ts';
import { lookupRoutes } from './http/routes/lookupRoutes.ts';
import { quizRoutes } from './http/routes/quizRoutes.ts';
import { createQuizService } from './domain/quiz.ts';
import { createQuizSlideSync } from './domain/quizSlides.ts';
import { createLookupCounter, type LookupLimits } from './domain/lookups.ts';
import { createFailedSearchCounter } from './domain/failedSearches.ts';
import { failedSearchRoutes } from './http/routes/failedSearchRoutes.ts';
import { createPublisher } from './realtime/publisher.ts';
import { SOCKET_OPTIONS } from './realtime/socketOptions.ts';
import { createScheduler } from './scheduler/scheduler.ts';
import { cronBoundaryTimer, type BoundaryTimer } from './scheduler/boundaryTimer.ts';
import { createSchedulePlanner } from './scheduler/planner.ts';
import { createScheduleService } from './domain/schedules.ts';
import { createEmergencyService } from './domain/emergencies.ts';
import { scheduleRoutes } from './http/routes/scheduleRoutes.ts';
import { emergencyRoutes } from './http/routes/emergencyRoutes.ts';
import { notifyRoutes } from './http/routes/notifyRoutes.ts';
import { createNotifier, type Notifier } from './notify/notifier.ts';
import { smtpMailer, type MailPort } from './notify/mailPort.ts';
import type { Store } from './store/store.ts';
import type { ClusterLink } from './cluster/link.ts';
import { feedbackParts } from './public/feedback/wiring.ts';
import { areaRoutes } from './http/routes/areaRoutes.ts';
import { createAreaServices } from './areas/areaServices.ts';
import { planMetricsFromFeedback } from './areas/planMetrics.ts';
import { yearlyReportRouter } from './public/report/yearlyReport.ts';
import { createFeedbackHandling } from './domain/feedback/handling.ts';
import { createFeedbackReminders } from './domain/feedback/reminders.ts';
import { createFeedbackCalendarSettings } from './domain/feedback/calendarSettings.ts';
import { createFeedbackMailer } from './notify/feedbackMail.ts';
import { feedbackRoutes } from './http/routes/feedbackRoutes.ts';
import { createSurveyService } from './domain/survey.ts';
import { createSatisfactionSlides } from './domain/satisfactionSlide.ts';
import { surveyRoutes } from './http/routes/surveyRoutes.ts';
import { surveyPages } from './public/survey/surveyPages.ts';
import { createRateLimit } from './public/rateLimit.ts';
import { createOps } from './ops/ops.ts';
import type { DrainOptions, DrainOutcome } from './ops/drain.ts';
import type { ReadinessCheck } from './ops/readiness.ts';
import { routeClassifier } from './ops/routeClass.ts';

export interface AppDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** School timezone for scheduled jobs (the school record's timezone governs what is on air). */
  timezone: string;
  sessionHours: number;
  /** Folder holding display/dist and admin/dist. */
  pagesDir: string;
  /** Folder served at /media (DATA_DIR/media); none in unit tests. */
  mediaDir?: string;
  trustProxy?: boolean;
  appVersion?: string;
  /** Failed logins allowed per IP per 15 minutes. */
  loginAttempts?: number;
  /** Per-account back-off (domain/loginThrottle.ts); defaults there. */
  loginThrottle?: Partial<LoginThrottleOptions>;
  /** Refused logins, kept apart from the audit log; in memory when omitted (tests), a rotating file in main.ts. */
  failedLogins?: FailedLoginLog;
  /** PEM key and certificate: the server speaks HTTPS (main.ts listens); plain HTTP when omitted. */
  tls?: { key: string | Buffer; cert: string | Buffer };
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
  /** What /readyz checks (ops/readiness.ts: the data file, or PostgreSQL and its migrations); always ready when omitted. */
  readiness?: ReadinessCheck;
  /** Bearer token that lets a remote scraper read /metrics (loopback needs none). */
  metricsToken?: string;
  /** Several processes on one DATABASE_URL (cluster/openCluster.ts, loaded by main.ts only then); one process when omitted. */
  cluster?: ClusterLink;
  /** Two-step sign-in tickets and pending TOTP keys (PostgreSQL with DATABASE_URL, so any process can finish them); in memory when omitted. */
  twoFactorState?: TwoFactorState;
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
}

/** Builds the whole server from its dependencies. No module state, no listening: main.ts does that. */
export function createApp(deps: AppDeps): App {
  const { store, clock, logger } = deps;
  const appVersion = deps.appVersion ?? '0.1.0';
  const expressApp = express();
  const http: HttpServer = deps.tls ? createHttpsServer({ key: deps.tls.key, cert: deps.tls.cert }, expressApp) : createServer(expressApp);
  const io = new SocketServer(http, SOCKET_OPTIONS);
  const ops = createOps({ clock, logger, appVersion, ...(deps.readiness ? { readiness: deps.readiness } : {}), ...(deps.metricsToken ? { metricsToken: deps.metricsToken } : {}) });
  const cluster = deps.cluster;
  cluster?.attach(io);

  const audit = createAuditLog(store, clock);
  // The one way services announce changes; realtime and the planner subscribe below.
  const events = createDomainEvents((error, name) => logger.error({ err: error, event: name }, 'a domain event listener failed'));
  let evaluations = 0;
  const evaluate: typeof evaluateSchedule = (...args) => {
    evaluations += 1;
    return ops.metrics.timeEvaluation(() => evaluateSchedule(...args));
  };
  const failedLogins = deps.failedLogins ?? createFailedLoginLog(clock);
  const throttle = createLoginThrottle(clock, deps.loginThrottle);
  const auth = createAuthService({ store, clock, audit, events, failedLogins, throttle, sessionHours: deps.sessionHours, secondSteps: deps.twoFactorState });
  const twoFactor = createTwoFactorService({ store, clock, audit, events, state: deps.twoFactorState });
  const readPlanning = createPlanningReader(store);
  const display = createDisplayService({ readPlanning: sharedRead(readPlanning), clock, evaluate, displayBuild: displayBuildReader(deps.pagesDir) });
  // Each play is stamped with its item's reform areas as shown (the area reports count it there, not where it is filed later).
  const proofLog = withAreasAtPlay(deps.proofLog ?? createMemoryProofLog(clock, deps.timezone), { store, events, clock });
  const pairing = cluster?.pairing ?? createPairing(clock);
  const trust = createDeviceTrust({ store, clock });
  const proofGate = createProofGate({ clock, proofLog, ...(deps.sentSlides ? { sentSlides: deps.sentSlides } : {}) });
  // Presence changes reach office consoles at most once a second, and only when a console is open:
  // a thousand screens connecting must not become a thousand full-list broadcasts.
  const pushPresence = coalesce(1000, () => {
    if (adminNamespace.sockets.size > 0) adminNamespace.local.emit('screens:presence', presence.list());
  });
  // Each process pushes the whole cluster's list to its own consoles (hence `.local` above).
  const presence = cluster ? cluster.sharePresence(createPresence(clock, pushPresence.schedule), pushPresence.schedule) : createPresence(clock, pushPresence.schedule);
  const adminNamespace = attachAdminNamespace(io, { auth, presence });
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
    onEmergencyAck: (emergencyId, screenId) => void emergencies.acknowledge(emergencyId, screenId),
    onSnapshotSent: (socket, screenId, version) => publisher.delivered(socket, screenId, version),
  });
  const pairingNamespace = attachPairingNamespace(io);
  const publisher = createPublisher(display, displayNamespace, (snapshot) => proofGate.noteSnapshot(snapshot));
  const planner = createSchedulePlanner({
    readPlanning,
    clock,
    logger,
    evaluate,
    timer: deps.boundaryTimer ?? cronBoundaryTimer(clock, logger),
    publish: (step) => ops.metrics.timePublish(() => publisher.publish(step)),
    atBoundary: () => emergencies.announceExpired(),
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
  cluster?.onNudge(() => void planner.step());
  for (const name of ['content.changed', 'school.changed', 'screen.changed', 'schedule.changed', 'emergency.changed'] as const) {
    events.on(name, step);
  }

  const content = createContentService({ store, clock, audit, events });
  const schools = createSchoolService({ store, audit, events });
  const screens = createScreenService({ store, audit, events });
  const schedules = createScheduleService({ store, clock, audit, events });
  const emergencies = createEmergencyService({ store, clock, audit, events });
  const commands = createScreenCommands({ store, clock, audit, pairing, trust, kiosks: createKioskLink(displayNamespace, pairingNamespace) });
  const users = createUserService({ store, clock, audit, events });
  const media = deps.mediaDir ? createMediaService({ store, clock, audit, logger, mediaDir: deps.mediaDir }) : null;
  const notifier = createNotifier({ store, clock, audit, events, logger, mail: deps.mail ?? smtpMailer, presence: () => presence.list(), ...(cluster ? { claimOnce: (job: string, slot: string) => cluster.claim(job, slot) } : {}) });
  const feedback = feedbackParts({ ...deps, audit, events, mail: deps.mail ?? smtpMailer });
  const feedbackMail = createFeedbackMailer({ store, mail: deps.mail ?? smtpMailer, logger });
  const feedbackHandling = createFeedbackHandling({ store, clock, audit, events, content, mail: feedbackMail });
  const feedbackReminders = createFeedbackReminders({ store, clock, events, mail: feedbackMail });
  // The principal approving (or taking back) an answer slide publishes (or un-publishes) its feedback.
  events.on('content.changed', ({ item, previousStatus }) => {
    if (item.type === 'announcement' && previousStatus !== undefined && previousStatus !== item.status) {
      void feedbackHandling.onContentChanged(item.id, item.status, item.approvedBy).catch((error: unknown) => logger.error({ err: error }, 'feedback publication failed'));
    }
  });
  const survey = createSurveyService({ store, clock });
  const satisfactionSlides = createSatisfactionSlides({ store, clock, audit, events, content, survey });
  const lookups = createLookupCounter({ store, clock, logger, ...(deps.lookupLimits ? { limits: deps.lookupLimits } : {}) });
  const quiz = createQuizService({ store, clock, audit, slides: createQuizSlideSync({ store, clock, audit, events }) });

  const areaServices = createAreaServices({ store, clock, audit, proofLog, metrics: planMetricsFromFeedback(store) });
  const routes: RouteSpec[] = [
    ...authRoutes(auth, twoFactor),
    ...contentRoutes(content),
    ...schoolRoutes(schools),
    ...screenRoutes(screens, presence),
    ...kioskRoutes(pairing, commands, trust),
    ...displayRoutes(display),
    ...auditRoutes(audit, store, failedLogins),
    ...scheduleRoutes(schedules),
    ...emergencyRoutes(emergencies),
    ...reportRoutes(createProofReports({ store, proofLog, clock })),
    ...userRoutes(users, twoFactor),
    // The media library needs its folder (DATA_DIR/media); unit tests without one have no media routes.
    ...(media && deps.mediaDir ? mediaRoutes(media, deps.mediaDir) : []),
    ...lookupRoutes(lookups, store, trust),
    ...failedSearchRoutes(createFailedSearchCounter({ store, clock }), store, trust),
    ...notifyRoutes(notifier),
    ...feedback.routes,
    ...areaRoutes(areaServices),
    ...feedbackRoutes(feedbackHandling, createFeedbackCalendarSettings({ store, audit, events })),
    ...surveyRoutes(survey, satisfactionSlides, store, trust),
    ...quizRoutes(quiz, content, store, trust, clock),
  ];
  const openApi = buildOpenApi(routes, appVersion);

  expressApp.disable('x-powered-by');
  expressApp.set('trust proxy', deps.trustProxy ? 1 : false);
  expressApp.use(ops.metrics.countRequests(routeClassifier(routes.map((r) => r.path))));
  expressApp.use(securityHeaders());
  expressApp.use(hstsWhenSecure());
  // /healthz, /readyz, /metrics (server/src/ops/).
  ops.mount(expressApp);
  expressApp.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });

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
  api.use(
    '/api/auth/login',
    limiter({
      windowMinutes: 15,
      limit: deps.loginAttempts ?? 10,
      onlyFailures: true,
      message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
    }),
  );
  api.use('/api/pairing', limiter({ windowMinutes: 15, limit: 60, message: 'Quá nhiều yêu cầu ghép nối. Vui lòng thử lại sau.' }));
  api.use('/api/public/feedback', feedback.apiLimit);
  mountRoutes(api, routes, auth);
  expressApp.use(api);
  expressApp.use('/api', apiNotFound);
  // Server-rendered pages for parents' phones and printed documents (server/src/public/): one router per feature.
  const publicRouters: Router[] = [];
  publicRouters.push(feedback.siteRouter);
  publicRouters.push(yearlyReportRouter({ store, clock, planReports: areaServices.planReports, resolveUser: (token) => auth.resolve(token) }));
  publicRouters.push(channelsRouter({ store, clock, readPlanning, events }));
  publicRouters.push(surveyPages({ store, clock, survey, minFillSeconds: deps.formMinFillSeconds }));
  publicRouters.push(createPrintRouter({ store, clock }));
  publicRouters.push(quizSite({ store, clock, quiz, minFillSeconds: deps.formMinFillSeconds }));
  mountPublicSite(expressApp, publicRouters);
  mountPages(expressApp, deps.pagesDir, deps.mediaDir ?? null);
  expressApp.use(errorHandler(logger));

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
  // Look-up counts are coalesced in memory and written every 5 s (and on shutdown), not once per tap.
  scheduler.add({ name: 'lookup-flush', expression: '*/5 * * * * *', run: () => lookups.flush(), perProcess: true });
  scheduler.add({ name: 'notify-offline', expression: '0 * * * * *', run: () => notifier.checkOffline() });
  // Feedback deadlines: 07:30 on weekdays (holidays too: the list is what is late, whoever reads it).
  scheduler.add({ name: 'feedback-reminders', expression: '0 30 7 * * 1-5', run: () => feedbackReminders.run() });
  // The self-updating satisfaction slide: its figures once a day (its status, hence approval, untouched).
  scheduler.add({ name: 'satisfaction-slide', expression: '0 15 0 * * *', run: () => satisfactionSlides.refresh() });
  scheduler.add({ name: 'proof-prune', expression: '0 30 3 * * *', run: () => proofLog.prune() });
  // Senders' details past the retention setting are cleared every night (issue #13 item 6).
  scheduler.add({ name: 'feedback-purge', expression: '0 45 2 * * *', run: () => feedback.privacy.purge() });
  scheduler.add({ name: 'ack-prune', expression: '0 35 3 * * *', run: () => emergencies.pruneAcks() });

  return {
    http,
    io,
    routes,
    publish: () => planner.step(),
    replan: () => planner.step(),
    evaluations: () => evaluations,
    purgeSessions: () => auth.purgeExpired(),
    feedback: { purge: () => feedback.privacy.purge(), idle: () => feedback.intake.idle() },
    notifications: { checkOffline: () => notifier.checkOffline(), idle: async () => void (await Promise.all([notifier.idle(), feedbackMail.idle()])) },
    feedbackReminders: () => feedbackReminders.run(),
    start: () => {
      scheduler.start();
      void planner.step();
    },
    drain: (options) => ops.drain({ http, io }, options),
    async close() {
      await scheduler.stop();
      await planner.stop();
      pushPresence.cancel();
      await cluster?.close();
      io.disconnectSockets(true);
      const closed = new Promise<void>((resolve) => {
        io.close(() => resolve());
      });
      // A stalled request must not hold the shutdown (and the final flush) hostage.
      http.closeIdleConnections();
      setTimeout(() => http.closeAllConnections(), 2000).unref();
      await closed;
      await proofLog.close();
      await proofGate.flush();
      await lookups.flush();
      await notifier.idle();
      await feedback.intake.idle();
      await feedbackMail.idle();
      await failedLogins.flush();
      await store.flush();
      await ops.close();
    },
  };
}
