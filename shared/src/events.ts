import type { PublicUser } from './schemas/user.ts';
import type { ContentItem } from './schemas/content.ts';
import type { School } from './schemas/school.ts';
import type { DisplayHeartbeat, DisplaySnapshot, ScreenPresence } from './snapshot.ts';
import type { DisplayCommand, PairingAssignment, ProofEntry } from './kiosk.ts';
import type { Reply } from './reply.ts';
import type { EmergencyStatus, PublicEmergency } from './schemas/emergency.ts';
import type { FeedbackCounts } from './schemas/feedbackHandling.ts';

/**
 * The one realtime contract. Event names are spelled only here: commands `domain:verb`,
 * pushes `domain:updated` / `domain:snapshot`.
 */

/** Screens: read-only. A screen can report on itself but never change anything. */
export const DISPLAY_NAMESPACE = '/display';
/** Office staff: session cookie required at the handshake. */
export const ADMIN_NAMESPACE = '/admin';

const SCREEN_ROOM_PREFIX = 'screen:';
export const screenRoom = (screenId: string) => `${SCREEN_ROOM_PREFIX}${screenId}`;
/** Sockets of a screen that hold a given snapshot version (so a push can skip exactly them). */
export const snapshotRoom = (screenId: string, version: string) => `snapshot:${screenId}:${version}`;
/** The screen id of a `screen:<id>` room, or null for any other room. */
export const screenIdOfRoom = (room: string): string | null =>
  room.startsWith(SCREEN_ROOM_PREFIX) ? room.slice(SCREEN_ROOM_PREFIX.length) : null;

export interface DisplayServerToClientEvents {
  'display:snapshot': (snapshot: DisplaySnapshot) => void;
  /** From the office: reload, identify (name in huge type for 10 s), next, previous. */
  'display:command': (command: DisplayCommand) => void;
  /** Emergency notice, sent ahead of the snapshot so it shows at once; null = cleared. */
  'display:emergency': (notice: PublicEmergency | null) => void;
  /** On connect: whether the server accepted this kiosk's device credential (a revoked one is forgotten). */
  'display:device': (status: { paired: boolean }) => void;
}

export interface DisplayClientToServerEvents {
  'display:heartbeat': (heartbeat: DisplayHeartbeat) => void;
  /** Clock check: the server answers with its time in ms since the epoch. */
  'display:clock': (ack: (serverNowMs: number) => void) => void;
  /** Proof of display, batched; kept on the kiosk while offline and sent on reconnect. */
  'display:proof': (entries: ProofEntry[], ack: (reply: Reply<{ accepted: number }>) => void) => void;
  /** The kiosk is showing this emergency notice (sent once per notice per connection). */
  'display:emergencyAck': (emergencyId: string) => void;
}

/** Unpaired kiosks: they wait here, named by their device token, until the office assigns them a screen. */
export const PAIRING_NAMESPACE = '/pairing';

export interface PairingServerToClientEvents {
  'pairing:paired': (assignment: PairingAssignment) => void;
}
export type PairingClientToServerEvents = Record<string, never>;
export interface PairingSocketData {
  deviceToken: string;
}
export interface PairingHandshakeAuth {
  deviceToken: string;
}

export interface DisplayHandshakeAuth {
  slug: string;
  /** The device credential from pairing. Without a valid one the kiosk still plays, but nothing it reports is believed. */
  credential?: string;
}

export interface DisplaySocketData {
  screenId: string;
  slug: string;
  /** The handshake carried this screen's device credential: its presence, acknowledgements and proof count. */
  paired: boolean;
}

export interface AdminServerToClientEvents {
  'content:updated': (item: ContentItem) => void;
  'school:updated': (school: School) => void;
  'screens:presence': (presence: ScreenPresence[]) => void;
  /** Schedules, playlists or dayparts changed: consoles reload them. */
  'schedules:updated': () => void;
  /** An emergency notice started, was acknowledged by a screen, expired or was cleared. */
  'emergency:updated': (status: EmergencyStatus) => void;
  /** Feedback changed or the reminder job ran: consoles refresh the inbox and the menu badge. */
  'feedback:updated': (counts: FeedbackCounts | null) => void;
}

export type AdminClientToServerEvents = Record<string, never>;

export interface AdminSocketData {
  user: PublicUser;
}

/** Reasons a screen's handshake is refused; shown on the kiosk in Vietnamese. */
export const DISPLAY_CONNECT_ERRORS = {
  SCREEN_NOT_FOUND: 'SCREEN_NOT_FOUND',
  BAD_HANDSHAKE: 'BAD_HANDSHAKE',
} as const;
