import { z } from 'zod';
import { isoDateTime } from './schemas/text.ts';

/**
 * The kiosk side of the realtime contract: pairing a new device, proof of display, remote commands.
 * (The heartbeat and snapshot shapes live in snapshot.ts.)
 */

/** A random id a kiosk keeps in local storage; it names the device, never a person. */
export const deviceToken = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'Mã thiết bị không hợp lệ');

/** Six digits shown on an unpaired kiosk; the office types them into the admin to assign the device. */
export const pairingCode = z.string().regex(/^\d{6}$/, 'Mã ghép nối gồm 6 chữ số');

export const pairingRequest = z.object({ deviceToken });
export const pairingOffer = z.object({ code: pairingCode, expiresAt: isoDateTime });
export type PairingOffer = z.infer<typeof pairingOffer>;

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
