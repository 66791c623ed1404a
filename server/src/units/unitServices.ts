import type { Router } from 'express';
import type { PlanningData } from '../domain/planningData.ts';
import type { AuditLog } from '../domain/audit.ts';
import type { AuthService } from '../domain/auth.ts';
import { createTwoFactorService } from '../domain/twoFactor.ts';
import { createContentService } from '../domain/content.ts';
import { createSchoolService } from '../domain/school.ts';
import { createScreenService } from '../domain/screens.ts';
import { createMediaService } from '../domain/media.ts';
import { createUserService } from '../domain/users.ts';
import type { DomainEvents } from '../domain/events.ts';
import type { DisplayService } from '../domain/displaySnapshot.ts';
import type { FailedLoginLog } from '../domain/failedLogins.ts';
import type { Pairing } from '../domain/pairing.ts';
import type { DeviceTrust } from '../domain/deviceTrust.ts';
import { createScreenCommands } from '../domain/screenCommands.ts';
import { createQuizService } from '../domain/quiz.ts';
import { createQuizSlideSync } from '../domain/quizSlides.ts';
import { createLookupCounter } from '../domain/lookups.ts';
import { createFailedSearchCounter } from '../domain/failedSearches.ts';
import { createScheduleService } from '../domain/schedules.ts';
import { createEmergencyService } from '../domain/emergencies.ts';
import { createFeedbackHandling } from '../domain/feedback/handling.ts';
import { createFeedbackReminders } from '../domain/feedback/reminders.ts';
import { createFeedbackCalendarSettings } from '../domain/feedback/calendarSettings.ts';
import { createSurveyService } from '../domain/survey.ts';
import { createSatisfactionSlides } from '../domain/satisfactionSlide.ts';
import { createProofReports } from '../proof/proofReport.ts';
import type { ProofLog } from '../proof/proofLog.ts';
import { createAreaServices } from '../areas/areaServices.ts';
import { planMetricsFromFeedback } from '../areas/planMetrics.ts';
import { createNotifier } from '../notify/notifier.ts';
import { smtpMailer } from '../notify/mailPort.ts';
import { createFeedbackMailer } from '../notify/feedbackMail.ts';
import type { RouteSpec } from '../http/route.ts';
import { mediaRoutes } from '../http/routes/mediaRoutes.ts';
import { reportRoutes } from '../http/routes/reportRoutes.ts';
import { userRoutes } from '../http/routes/userRoutes.ts';
import { auditRoutes } from '../http/routes/auditRoutes.ts';
import { authRoutes } from '../http/routes/authRoutes.ts';
import { contentRoutes } from '../http/routes/contentRoutes.ts';
import { displayRoutes } from '../http/routes/displayRoutes.ts';
import { schoolRoutes } from '../http/routes/schoolRoutes.ts';
import { screenRoutes } from '../http/routes/screenRoutes.ts';
import { kioskRoutes } from '../http/routes/kioskRoutes.ts';
import { lookupRoutes } from '../http/routes/lookupRoutes.ts';
import { quizRoutes } from '../http/routes/quizRoutes.ts';
import { wardFeedRoutes } from '../http/routes/wardFeedRoutes.ts';
import { failedSearchRoutes } from '../http/routes/failedSearchRoutes.ts';
import { scheduleRoutes } from '../http/routes/scheduleRoutes.ts';
import { emergencyRoutes } from '../http/routes/emergencyRoutes.ts';
import { notifyRoutes } from '../http/routes/notifyRoutes.ts';
import { areaRoutes } from '../http/routes/areaRoutes.ts';
import { feedbackRoutes } from '../http/routes/feedbackRoutes.ts';
import { surveyRoutes } from '../http/routes/surveyRoutes.ts';
import { feedbackParts } from '../public/feedback/wiring.ts';
import { yearlyReportRouter } from '../public/report/yearlyReport.ts';
import { channelsRouter } from '../public/channels/router.ts';
import { createPrintRouter } from '../public/print/printRouter.ts';
import { quizSite } from '../public/quiz/quizSite.ts';
import { surveyPages } from '../public/survey/surveyPages.ts';
import { createKioskLink } from '../realtime/kioskLink.ts';
import type { DisplayNamespace } from '../realtime/displayNamespace.ts';
import type { PairingNamespace } from '../realtime/pairingNamespace.ts';
import type { Presence } from '../realtime/presence.ts';
import type { createScheduler } from '../scheduler/scheduler.ts';
import type { UnitDeps } from './unitRuntime.ts';
import type { UnitCluster } from './unitCluster.ts';
import type { SessionResolver } from './unitSessions.ts';

type Scheduler = ReturnType<typeof createScheduler>;

export interface UnitServiceDeps extends UnitDeps {
  audit: AuditLog;
  events: DomainEvents;
  auth: AuthService;
  pairing: Pairing;
  presence: Presence;
  proofLog: ProofLog;
  readPlanning: () => Promise<PlanningData>;
  failedLogins: FailedLoginLog;
  trust: DeviceTrust;
  displayNamespace: DisplayNamespace;
  pairingNamespace: PairingNamespace;
  cluster?: UnitCluster;
}

/** A unit's domain services, its REST routes, public routers and scheduled jobs (moved from app.ts as they were). */
export function unitServices(deps: UnitServiceDeps) {
  const { store, clock, logger, audit, events, cluster } = deps;
  const mail = deps.mail ?? smtpMailer;
  const twoFactor = createTwoFactorService({ store, clock, audit, events, state: deps.twoFactorState });
  const { trust } = deps;
  const content = createContentService({ store, clock, audit, events });
  const schools = createSchoolService({ store, audit, events });
  const screens = createScreenService({ store, audit, events });
  const schedules = createScheduleService({ store, clock, audit, events });
  const emergencies = createEmergencyService({ store, clock, audit, events });
  const commands = createScreenCommands({ store, clock, audit, pairing: deps.pairing, trust, kiosks: createKioskLink(deps.displayNamespace, deps.pairingNamespace) });
  const users = createUserService({ store, clock, audit, events });
  const media = deps.mediaDir ? createMediaService({ store, clock, audit, logger, mediaDir: deps.mediaDir }) : null;
  const notifier = createNotifier({
    store,
    clock,
    audit,
    events,
    logger,
    mail,
    presence: () => deps.presence.list(),
    ...(cluster ? { claimOnce: (job: string, slot: string) => cluster.claim(job, slot) } : {}),
  });
  const feedback = feedbackParts({ ...deps, audit, events, mail });
  const feedbackMail = createFeedbackMailer({ store, mail, logger });
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
  const areaServices = createAreaServices({ store, clock, audit, proofLog: deps.proofLog, metrics: planMetricsFromFeedback(store) });

  return {
    emergencies,
    feedback,
    routes: (auth: AuthService, base: string, display: DisplayService): RouteSpec[] => [
      ...authRoutes(auth, twoFactor, base),
      ...contentRoutes(content),
      ...schoolRoutes(schools),
      ...screenRoutes(screens, deps.presence),
      ...kioskRoutes(deps.pairing, commands, trust),
      ...displayRoutes(display),
      ...auditRoutes(audit, store, deps.failedLogins),
      ...scheduleRoutes(schedules),
      ...emergencyRoutes(emergencies),
      ...reportRoutes(createProofReports({ store, proofLog: deps.proofLog, clock })),
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
      ...wardFeedRoutes(deps.inherited),
    ],
    publicRouters: (resolve: SessionResolver): Router[] => [
      feedback.siteRouter,
      yearlyReportRouter({ store, clock, planReports: areaServices.planReports, resolveUser: async (header) => (await resolve(header))?.user ?? null }),
      channelsRouter({ store, clock, readPlanning: deps.readPlanning, events }),
      surveyPages({ store, clock, survey, minFillSeconds: deps.formMinFillSeconds }),
      createPrintRouter({ store, clock }),
      quizSite({ store, clock, quiz, minFillSeconds: deps.formMinFillSeconds }),
    ],
    scheduleJobs(scheduler: Scheduler): void {
      // Look-up counts are coalesced in memory and written every 5 s (and on shutdown), not once per tap.
      scheduler.add({ name: 'lookup-flush', expression: '*/5 * * * * *', run: () => lookups.flush(), perProcess: true });
      scheduler.add({ name: 'notify-offline', expression: '0 * * * * *', run: () => notifier.checkOffline() });
      // Feedback deadlines: 07:30 on weekdays (holidays too: the list is what is late, whoever reads it).
      scheduler.add({ name: 'feedback-reminders', expression: '0 30 7 * * 1-5', run: () => feedbackReminders.run() });
      // The self-updating satisfaction slide: its figures once a day (its status, hence approval, untouched).
      scheduler.add({ name: 'satisfaction-slide', expression: '0 15 0 * * *', run: () => satisfactionSlides.refresh() });
      scheduler.add({ name: 'proof-prune', expression: '0 30 3 * * *', run: () => deps.proofLog.prune() });
      // Senders' details past the retention setting are cleared every night (issue #13 item 6).
      scheduler.add({ name: 'feedback-purge', expression: '0 45 2 * * *', run: () => feedback.privacy.purge() });
      scheduler.add({ name: 'ack-prune', expression: '0 35 3 * * *', run: () => emergencies.pruneAcks() });
    },
    feedbackJobs: { purge: () => feedback.privacy.purge(), idle: () => feedback.intake.idle() },
    notifications: { checkOffline: () => notifier.checkOffline(), idle: async () => void (await Promise.all([notifier.idle(), feedbackMail.idle()])) },
    feedbackReminders: () => feedbackReminders.run(),
    async flush(): Promise<void> {
      await lookups.flush();
      await notifier.idle();
      await feedback.intake.idle();
      await feedbackMail.idle();
      // flush is the last step of the app's close (unitRuntime.flush): nothing writes photos after it.
      feedback.removeTempDir();
    },
  };
}
