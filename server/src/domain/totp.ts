import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { User } from '@bangtin/shared';

export type TotpState = NonNullable<User['totp']>;

/** Codes are checked one 30-second step either side, for a phone whose clock is a little off. */
const TOLERANCE_SECONDS = 30;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** otplib (and its hash libraries) loads at the first two-step sign-in or setup, not on every server start. */
const otplib = () => import('otplib');

export const newTotpSecret = async (): Promise<string> => (await otplib()).generateSecret();

export const totpUri = async (username: string, secret: string): Promise<string> => (await otplib()).generateURI({ issuer: 'Bảng tin', label: username, secret });

/** The time step a 6-digit code was accepted for, or null. A step at or before `afterTimeStep` is refused (no replay). */
export async function acceptedTimeStep(secret: string, code: string, now: Date, afterTimeStep = -1): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const { verify } = await otplib();
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterTimeStep >= 0 ? { afterTimeStep } : {}),
  }).catch(() => null);
  // The functional API also types HOTP results; a TOTP match always carries its time step.
  return result?.valid && 'timeStep' in result ? result.timeStep : null;
}

const hashCode = (code: string) => createHash('sha256').update(code.trim().toLowerCase()).digest('hex');

/** Ten one-time recovery codes (about 49 bits each); only their SHA-256 is kept. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const part = () => Array.from({ length: 5 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  const codes = Array.from({ length: 10 }, () => `${part()}-${part()}`);
  return { codes, hashes: codes.map(hashCode) };
}

/**
 * Checks a second-factor answer (an app code or a recovery code) and returns the state to store after it is used:
 * the app code's step becomes the last one accepted, a recovery code is struck off. Null when the answer is wrong.
 */
export async function spendSecondFactor(
  state: TotpState,
  code: string,
  now: Date,
): Promise<{ next: TotpState; recoveryUsed: boolean } | null> {
  const step = await acceptedTimeStep(state.secret, code, now, state.lastTimeStep);
  if (step !== null) return { next: { ...state, lastTimeStep: step }, recoveryUsed: false };
  const given = Buffer.from(hashCode(code), 'hex');
  const index = state.recoveryCodes.findIndex((h) => timingSafeEqual(Buffer.from(h, 'hex'), given));
  if (index < 0) return null;
  return { next: { ...state, recoveryCodes: state.recoveryCodes.filter((_, i) => i !== index) }, recoveryUsed: true };
}
