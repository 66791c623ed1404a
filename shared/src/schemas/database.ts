import { z } from 'zod';
import { auditEntry } from './audit.ts';
import { contentItem } from './content.ts';
import { commPlan } from './commPlan.ts';
import { DEFAULT_REFORM_AREAS, reformAreaList, withDefaultAreas } from './reformAreas.ts';
import { emergencyNotice } from './emergency.ts';
import { feedbackItem } from './feedback.ts';
import { DEFAULT_FEEDBACK_CALENDAR, feedbackCalendar } from './feedbackHandling.ts';
import { surveyResponse } from './survey.ts';
import { failedSearchCount, lookupCount } from './lookup.ts';
import { mediaItem } from './media.ts';
import { DEFAULT_NOTIFY_SETTINGS, notifySettings } from './notify.ts';
import { daypart, playlist, scheduleEntry } from './schedule.ts';
import { quizQuestion, quizTally } from './quiz.ts';
import { school } from './school.ts';
import { screen } from './screen.ts';
import { emergencyAck, screenDevice } from '../kiosk.ts';
import { session, user } from './user.ts';

/** Bump when the stored shape changes, and add a migration in server/src/store/migrations.ts. */
export const CURRENT_SCHEMA_VERSION = 2;

/** The presets the office starts with (editable in the schedule page). */
export const DEFAULT_DAYPARTS = [
  { id: 'don-tre', name: 'Giờ đón trẻ', start: '06:45', end: '08:00' },
  { id: 'tra-tre', name: 'Giờ trả trẻ', start: '16:00', end: '17:30' },
];

/** The whole embedded store (db.json). Validated on every load; a file that fails is refused, never replaced. */
const unique = <T>(key: (item: T) => string, what: string) =>
  [(items: T[]) => new Set(items.map(key)).size === items.length, `${what} must be unique`] as const;

export const database = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  school,
  screens: z
    .array(screen)
    .refine(...unique((s: { id: string }) => s.id, 'screen ids'))
    .refine(...unique((s: { slug: string }) => s.slug, 'screen slugs')),
  // Items stored before reform areas existed get their type's default (procedures: II.2b).
  content: z.array(z.preprocess(withDefaultAreas, contentItem)).refine(...unique((c: { id: string }) => c.id, 'content ids')),
  users: z
    .array(user)
    .refine(...unique((u: { id: string }) => u.id, 'user ids'))
    .refine(...unique((u: { username: string }) => u.username, 'usernames')),
  sessions: z.array(session),
  audit: z.array(auditEntry),
  // Collections added after schemaVersion 1 carry defaults, so an older db.json still loads unchanged.
  schedules: z.array(scheduleEntry).default([]).refine(...unique((e: { id: string }) => e.id, 'schedule ids')),
  playlists: z.array(playlist).default([]).refine(...unique((p: { id: string }) => p.id, 'playlist ids')),
  dayparts: z.array(daypart).default(DEFAULT_DAYPARTS),
  emergencies: z.array(emergencyNotice).default([]).refine(...unique((e: { id: string }) => e.id, 'emergency ids')),
  media: z.array(mediaItem).default([]).refine(...unique((m: { id: string }) => m.id, 'media ids')),
  /** Anonymous look-up counts of the reception kiosk: one row per procedure per school day. */
  lookups: z.array(lookupCount).default([]),
  /**
   * Paired kiosks, only the hash of each credential (issue #12). Several per screen since #12's follow-up: unique by id
   * (files from when a screen had one device have unique screen ids and ids, so they load unchanged).
   */
  devices: z.array(screenDevice).default([]).refine(...unique((d: { id: string }) => d.id, 'device ids')),
  /** Emergency acknowledgements from paired screens (kept across restarts). */
  emergencyAcks: z.array(emergencyAck).default([]).refine(...unique((a: { id: string }) => a.id, 'acknowledgement ids')),
  /** Reception searches that found nothing: folded words per school day (no identity), for the office's list. */
  failedSearches: z.array(failedSearchCount).default([]),
  /** E-mail notifications (SMTP); server-only, never part of a public reply. */
  notify: notifySettings.default(DEFAULT_NOTIFY_SETTINGS),
  /** The plan's sections content is filed under (issue #14); editable in Cài đặt. */
  reformAreas: reformAreaList.default(DEFAULT_REFORM_AREAS),
  /** Yearly communication plans (Kế hoạch tuyên truyền CCHC năm …), one per year. */
  commPlans: z.array(commPlan).default([]).refine(...unique((p: { id: string }) => p.id, 'plan years')),
  /** Phản ánh, kiến nghị and hiến kế from parents and staff (issue #13); sender details are office-only. */
  feedback: z
    .array(feedbackItem)
    .default([])
    .refine(...unique((f: { id: string }) => f.id, 'feedback ids'))
    .refine(...unique((f: { code: string }) => f.code, 'feedback codes')),
  /** Holidays and the handling time for feedback deadlines (working days); seeded with the fixed-date holidays. */
  feedbackCalendar: feedbackCalendar.default(DEFAULT_FEEDBACK_CALENDAR),
  /** Anonymous satisfaction-survey responses (issue #13 item 3). */
  surveyResponses: z.array(surveyResponse).default([]).refine(...unique((r: { id: string }) => r.id, 'survey response ids')),
  /** Tìm hiểu CCHC: the office's questions (approval workflow) and their anonymous answer tallies (counts only). */
  quizQuestions: z.array(quizQuestion).default([]).refine(...unique((q: { id: string }) => q.id, 'quiz question ids')),
  quizTallies: z.array(quizTally).default([]).refine(...unique((t: { id: string }) => t.id, 'quiz tally ids')),
});
export type Database = z.infer<typeof database>;
