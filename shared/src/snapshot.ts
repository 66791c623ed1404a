import { z } from 'zod';
import { publicContentItem } from './schemas/content.ts';
import { publicEmergency } from './schemas/emergency.ts';
import { playlist, publicScheduleEntry } from './schemas/schedule.ts';
import { school } from './schemas/school.ts';
import { screen } from './schemas/screen.ts';
import { isoDateTime } from './schemas/text.ts';

/**
 * Everything one screen needs to play, sent in full on every (re)connect and after every change
 * (a versioned replacement, so a screen that missed messages is never left half-updated).
 */
export const displaySnapshot = z.object({
  /** Content hash: equal snapshots have equal versions; screens acknowledge it. */
  version: z.string().min(1),
  generatedAt: isoDateTime,
  screen,
  school,
  items: z.array(publicContentItem),
  /** The emergency notice shown over everything on this screen, if one is active. */
  emergency: publicEmergency.nullable().default(null),
  /** When the server will next re-plan this screen (ISO); the kiosk re-plans itself then if it is offline. */
  nextChangeAt: isoDateTime.nullable().default(null),
  /**
   * What the kiosk needs to run the shared evaluator itself while offline: this screen's entries and playlists,
   * the ids assigned to it directly, and the approved items (beyond \`items\`) that may play in the next days.
   */
  schedule: z
    .object({
      entries: z.array(publicScheduleEntry),
      playlists: z.array(playlist.pick({ id: true, contentIds: true })),
      assignedIds: z.array(z.string()),
      pool: z.array(publicContentItem),
    })
    .nullable()
    .default(null),
  /**
   * Interactive (reception) screens only: every approved procedure valid today, whatever its assignment, for the
   * look-up (kept with the snapshot, so the search works offline too). Empty on other screens.
   */
  catalogue: z.array(publicContentItem).default([]),
  /** The display build the server currently serves (its hashed entry script); a kiosk on another build reloads at a slide boundary. */
  displayBuild: z.string().max(200).nullable().optional(),
});
export type DisplaySnapshot = z.infer<typeof displaySnapshot>;

/** What a screen reports about itself (grows with the kiosk player issue). */
export const displayHeartbeat = z.object({
  version: z.string().max(100).nullable(),
  slideId: z.string().max(100).nullable(),
  uptimeSeconds: z.number().min(0).max(1e9),
  viewport: z.object({ width: z.int().min(0).max(20000), height: z.int().min(0).max(20000) }),
  /** The display build the kiosk runs (its hashed entry script), to spot kiosks on an old release. */
  appVersion: z.string().max(200).optional(),
  /** performance.memory.usedJSHeapSize where the browser exposes it. */
  heapUsedBytes: z.number().min(0).max(1e12).nullable().optional(),
  /** Kiosk clock minus server clock, measured with display:clock; positive = the kiosk is ahead. */
  clockOffsetMs: z.number().min(-1e10).max(1e10).nullable().optional(),
  domNodes: z.int().min(0).max(1e8).nullable().optional(),
});
export type DisplayHeartbeat = z.infer<typeof displayHeartbeat>;

export const screenPresence = z.object({
  screenId: z.string(),
  online: z.boolean(),
  connections: z.int().min(0),
  lastSeen: isoDateTime.nullable(),
  ackedVersion: z.string().nullable(),
  currentSlideId: z.string().nullable(),
  uptimeSeconds: z.number().nullable(),
  appVersion: z.string().nullable(),
  heapUsedBytes: z.number().nullable(),
  clockOffsetMs: z.number().nullable(),
  viewport: z.object({ width: z.int(), height: z.int() }).nullable(),
});
export type ScreenPresence = z.infer<typeof screenPresence>;
