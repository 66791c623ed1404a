import { randomInt } from 'node:crypto';
import type { PairingAssignment, PairingOffer } from '@bangtin/shared';
import type { Clock } from '../clock.ts';

export const OFFER_MINUTES = 10;
/** How long a paired device's assignment (slug + credential) waits for a kiosk that missed `pairing:paired`. */
export const HAND_OVER_MINUTES = 10;

/**
 * Pairing codes for new kiosks. An unpaired kiosk asks for a six-digit code and shows it; the office types it
 * into the admin with the screen it should be. Codes live ten minutes, in memory (a restart just means the
 * kiosk asks again), and a kiosk asking twice gets the same code while it is valid. Once the office pairs it, the
 * assignment is kept ten more minutes for that device token alone (it is the only secret the waiting kiosk holds),
 * so a kiosk that missed the `pairing:paired` push gets it by asking again; its first paired connection ends that.
 */
export function createPairing(clock: Clock): Pairing {
  const byCode = new Map<string, { deviceToken: string; expiresAt: number }>();
  const byToken = new Map<string, string>();
  const handOvers = new Map<string, { assignment: PairingAssignment; screenId: string; code: string; expiresAt: number }>();

  const purge = () => {
    const now = clock.now().getTime();
    for (const [code, offer] of byCode) {
      if (offer.expiresAt <= now) {
        byCode.delete(code);
        byToken.delete(offer.deviceToken);
      }
    }
    for (const [token, handOver] of handOvers) if (handOver.expiresAt <= now) handOvers.delete(token);
  };

  return {
    offer(deviceToken: string): PairingOffer {
      purge();
      const handOver = handOvers.get(deviceToken);
      if (handOver) return { code: handOver.code, expiresAt: new Date(handOver.expiresAt).toISOString(), paired: handOver.assignment };
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

    /**
     * The device waiting with this code, consumed; null when the code is unknown or expired. `assign` is called with
     * the device token and returns the assignment kept for it (the credential is issued only for a valid code).
     */
    async take(
      code: string,
      assign: (deviceToken: string) => Promise<{ assignment: PairingAssignment; screenId: string }>,
    ): Promise<{ deviceToken: string; assignment: PairingAssignment } | null> {
      purge();
      const offer = byCode.get(code);
      if (!offer) return null;
      byCode.delete(code);
      byToken.delete(offer.deviceToken);
      const { assignment, screenId } = await assign(offer.deviceToken);
      handOvers.set(offer.deviceToken, { assignment, screenId, code, expiresAt: clock.now().getTime() + HAND_OVER_MINUTES * 60_000 });
      return { deviceToken: offer.deviceToken, assignment };
    },

    /** The screen's kiosk connected with its credential: the hand-over is done and forgotten. */
    handedOver(screenId: string): void {
      for (const [token, handOver] of handOvers) if (handOver.screenId === screenId) handOvers.delete(token);
    },
  };
}
/** In memory here; in PostgreSQL when several processes serve one school (cluster/pgPairing.ts), hence `offer` may wait. */
export interface Pairing {
  offer(deviceToken: string): PairingOffer | Promise<PairingOffer>;
  take(
    code: string,
    assign: (deviceToken: string) => Promise<{ assignment: PairingAssignment; screenId: string }>,
  ): Promise<{ deviceToken: string; assignment: PairingAssignment } | null>;
  handedOver(screenId: string): void;
}
