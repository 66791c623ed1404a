import { z } from 'zod';
import { screenSlug } from './schemas/screen.ts';
import { isoDateTime } from './schemas/text.ts';

/**
 * The kiosk side of the realtime contract: pairing a new device, proof of display, remote commands.
 * (The heartbeat and snapshot shapes live in snapshot.ts.)
 */

/** A random id a kiosk keeps in local storage; it names the device, never a person. */
export const deviceToken = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'Mã thiết bị không hợp lệ');

/** Six digits shown on an unpaired kiosk; the office types them into the admin to assign the device. */
export const pairingCode = z.string().regex(/^\d{6}$/, 'Mã ghép nối gồm 6 chữ số');

/**
 * The device credential a paired kiosk presents in its /display handshake (and to count look-ups): 32 random bytes,
 * base64url. The server keeps only its SHA-256; the kiosk gets it once, at pairing, and keeps it in local storage.
 */
export const deviceCredential = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Khoá thiết bị không hợp lệ');
/** The HTTP header a kiosk sends its credential in (look-up counts). */
export const DEVICE_CREDENTIAL_HEADER = 'x-device-credential';

/** What the office assigned a kiosk: its screen and its credential (handed over once, remembered ~10 min). */
export const pairingAssignment = z.object({ slug: screenSlug, credential: deviceCredential });
export type PairingAssignment = z.infer<typeof pairingAssignment>;

export const pairingRequest = z.object({ deviceToken });
export const pairingOffer = z.object({
  code: pairingCode,
  expiresAt: isoDateTime,
  /** Present once the office has paired this device: a kiosk that missed `pairing:paired` learns it by asking again. */
  paired: pairingAssignment.optional(),
});
export type PairingOffer = z.infer<typeof pairingOffer>;

/**
 * Stored: a paired device of a screen (a screen may have several: two TVs showing one screen both count). Only the
 * SHA-256 (hex) of its credential; pairing the same device again (same device token) replaces its row.
 */
export const screenDevice = z.object({
  id: z.string().min(1).max(64),
  screenId: z.string().min(1).max(64),
  credentialHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** SHA-256 of the kiosk's device token: recognises the same device pairing again (absent on rows from before). */
  deviceTokenHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  pairedAt: isoDateTime,
  pairedBy: z.string().max(80),
});
export type ScreenDevice = z.infer<typeof screenDevice>;
/** What the office sees of it (never a hash); `id` names the device to revoke. */
export const screenDeviceStatus = screenDevice.pick({ id: true, screenId: true, pairedAt: true, pairedBy: true });
export type ScreenDeviceStatus = z.infer<typeof screenDeviceStatus>;

/** Stored: a paired screen said it shows an emergency notice (kept, so the office's list survives a restart). */
export const emergencyAck = z.object({
  /** `<emergencyId>|<screenId>`: one acknowledgement per notice per screen. */
  id: z.string().min(1).max(160),
  emergencyId: z.string().min(1).max(80),
  screenId: z.string().min(1).max(64),
  at: isoDateTime,
});
export type EmergencyAck = z.infer<typeof emergencyAck>;

export const pairingClaim = z.object({ code: pairingCode, screenId: z.string().min(1).max(64) });
export type PairingClaim = z.infer<typeof pairingClaim>;

/** One slide that was on screen: the proof-of-display log. */
export const proofEntry = z.object({
  slideId: z.string().min(1).max(100),
  version: z.string().min(1).max(100),
  startedAt: isoDateTime,
  durationMs: z.int().min(0).max(24 * 3600_000),
});
export type ProofEntry = z.infer<typeof proofEntry>;
export const proofBatch = z.array(proofEntry).min(1).max(500);

export const displayCommandName = z.enum(['reload', 'identify', 'next', 'previous']);
export type DisplayCommandName = z.infer<typeof displayCommandName>;

export const displayCommand = z.object({
  id: z.string().min(1).max(64),
  command: displayCommandName,
  issuedAt: isoDateTime,
});
export type DisplayCommand = z.infer<typeof displayCommand>;

export const displayCommandRequest = z.object({ command: displayCommandName });
