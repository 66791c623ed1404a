import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Clock } from '../../clock.ts';
import type { AuditLog } from '../../domain/audit.ts';
import type { DomainEvents } from '../../domain/events.ts';
import { createFeedbackIntake } from '../../domain/feedback/intake.ts';
import { createFeedbackPhotos } from '../../domain/feedback/photos.ts';
import { createFeedbackPrivacy } from '../../domain/feedback/privacy.ts';
import { feedbackPrivacyRoutes } from '../../http/routes/feedbackPrivacyRoutes.ts';
import { publicFeedbackRoutes } from '../../http/routes/publicFeedbackRoutes.ts';
import type { Logger } from '../../logger.ts';
import type { MailPort } from '../../notify/mailPort.ts';
import type { Store } from '../../store/store.ts';
import { createFormGuard } from '../formGuard.ts';
import { createRateLimit } from '../rateLimit.ts';
import { feedbackSiteRouter } from './router.ts';

export interface FeedbackWiringDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  audit: AuditLog;
  mail: MailPort;
  events?: DomainEvents;
  mediaDir?: string;
  feedbackPhotoDir?: string;
  /** Tests only: the form's minimum fill time (the kit's 3 s when omitted). */
  formMinFillSeconds?: number | undefined;
}

/**
 * Limits for sending: a parent sends one or two; a school's NAT may put a few parents behind one address. Reading
 * (the form, the follow page) is generous but still stops someone walking through every code.
 */
export const FEEDBACK_LIMITS = {
  send: { perAddress: { limit: 10, windowSeconds: 15 * 60 }, overall: { limit: 300, windowSeconds: 3600 } },
  read: { perAddress: { limit: 120, windowSeconds: 10 * 60 }, overall: { limit: 6000, windowSeconds: 10 * 60 } },
} as const;

/** Everything of feedback intake and privacy, built once for createApp (app.ts stays a list of one-liners). */
export function feedbackParts(deps: FeedbackWiringDeps) {
  const { store, clock, logger, audit, mail } = deps;
  // Without a media folder (an app built by a test) the photos go to a temp folder of the server's own, removed on close.
  const configured = deps.feedbackPhotoDir ?? (deps.mediaDir ? path.join(path.dirname(deps.mediaDir), `${path.basename(deps.mediaDir)}-feedback`) : null);
  const dir = configured ?? mkdtempSync(path.join(os.tmpdir(), 'bangtin-feedback-'));
  const photos = createFeedbackPhotos({ dir, clock });
  const intake = createFeedbackIntake({ store, clock, audit, logger, photos, mail, ...(deps.events ? { events: deps.events } : {}) });
  const privacy = createFeedbackPrivacy({ store, clock, audit, photos });
  const guard = createFormGuard({ clock, minFillSeconds: deps.formMinFillSeconds });
  const limit = (name: string, kind: 'send' | 'read', reply: 'html' | 'json', methods?: readonly string[]) =>
    createRateLimit({ clock, name, ...FEEDBACK_LIMITS[kind], reply, ...(methods ? { methods } : {}) });
  const apiSend = limit('feedback-api-send', 'send', 'json', ['POST']);
  const apiRead = limit('feedback-api-read', 'read', 'json', ['GET']);
  return {
    intake,
    privacy,
    photos,
    routes: [...publicFeedbackRoutes(intake, photos, store, clock), ...feedbackPrivacyRoutes(privacy, photos)],
    apiLimit: [apiSend, apiRead],
    /** Last step of the app's close: removes the temp folder made above (never a configured one). */
    removeTempDir(): void {
      if (!configured) rmSync(dir, { recursive: true, force: true });
    },
    siteRouter: feedbackSiteRouter({
      store,
      clock,
      intake,
      photos,
      guard,
      readLimit: limit('gop-y-read', 'read', 'html'),
      writeLimit: limit('gop-y-send', 'send', 'html'),
    }),
  };
}
