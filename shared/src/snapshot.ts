import { z } from 'zod';
import { publicContentItem } from './schemas/content.ts';
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
});
export type DisplaySnapshot = z.infer<typeof displaySnapshot>;

/** What a screen reports about itself (grows with the kiosk player issue). */
export const displayHeartbeat = z.object({
  version: z.string().max(100).nullable(),
  slideId: z.string().max(100).nullable(),
  uptimeSeconds: z.number().min(0).max(1e9),
  viewport: z.object({ width: z.int().min(0).max(20000), height: z.int().min(0).max(20000) }),
});
export type DisplayHeartbeat = z.infer<typeof displayHeartbeat>;

export const screenPresence = z.object({
  screenId: z.string(),
  online: z.boolean(),
  connections: z.int().min(0),
  lastSeen: isoDateTime.nullable(),
  ackedVersion: z.string().nullable(),
  currentSlideId: z.string().nullable(),
});
export type ScreenPresence = z.infer<typeof screenPresence>;
