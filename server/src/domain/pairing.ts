import { randomInt } from 'node:crypto';
import type { PairingOffer } from '@bangtin/shared';
import type { Clock } from '../clock.ts';

const OFFER_MINUTES = 10;

/**
 * Pairing codes for new kiosks. An unpaired kiosk asks for a six-digit code and shows it; the office types it
 * into the admin with the screen it should be. Codes live ten minutes, in memory (a restart just means the
 * kiosk asks again), and a kiosk asking twice gets the same code while it is valid.
 */
export function createPairing(clock: Clock) {
  const byCode = new Map<string, { deviceToken: string; expiresAt: number }>();
  const byToken = new Map<string, string>();

  const purge = () => {
    const now = clock.now().getTime();
    for (const [code, offer] of byCode) {
      if (offer.expiresAt <= now) {
        byCode.delete(code);
        byToken.delete(offer.deviceToken);
      }
    }
  };

  return {
    offer(deviceToken: string): PairingOffer {
      purge();
      const existing = byToken.get(deviceToken);
      if (existing) {
        const offer = byCode.get(existing)!;
        return { code: existing, expiresAt: new Date(offer.expiresAt).toISOString() };
      }
      let code: string;
      do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      while (byCode.has(code));
      const expiresAt = clock.now().getTime() + OFFER_MINUTES * 60_000;
      byCode.set(code, { deviceToken, expiresAt });
      byToken.set(deviceToken, code);
      return { code, expiresAt: new Date(expiresAt).toISOString() };
    },

    /** The device waiting with this code, consumed; null when the code is unknown or expired. */
    take(code: string): string | null {
      purge();
      const offer = byCode.get(code);
      if (!offer) return null;
      byCode.delete(code);
      byToken.delete(offer.deviceToken);
      return offer.deviceToken;
    },
  };
}
export type Pairing = ReturnType<typeof createPairing>;
