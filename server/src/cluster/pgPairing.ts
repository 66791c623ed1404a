import { randomInt } from 'node:crypto';
import type pg from 'pg';
import type { PairingAssignment, PairingOffer } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { HAND_OVER_MINUTES, OFFER_MINUTES, type Pairing } from '../domain/pairing.ts';

/**
 * domain/pairing.ts's rules with its two maps in PostgreSQL (cluster_pairing_offers / _handovers), because a kiosk's
 * page polls whichever process the proxy picks while the office types the code into another. Expiry follows the
 * injected clock, as in memory. Taking a code is one DELETE … RETURNING: two offices typing it at once pair it once.
 */
export function createPgPairing(pool: pg.Pool, clock: Clock, logger: Logger): Pairing {
  const handedOverScreens = new Set<string>();
  let clearing: Promise<void> | null = null;
  const purge = async (now: Date) => {
    await pool.query('DELETE FROM cluster_pairing_offers WHERE expires_at <= $1', [now]);
    await pool.query('DELETE FROM cluster_pairing_handovers WHERE expires_at <= $1', [now]);
  };

  async function offer(deviceToken: string): Promise<PairingOffer> {
    const now = clock.now();
    await purge(now);
    const handOver = await pool.query<{ code: string; expires_at: Date; assignment: PairingAssignment }>(
      'SELECT code, expires_at, assignment FROM cluster_pairing_handovers WHERE device_token = $1',
      [deviceToken],
    );
    const kept = handOver.rows[0];
    if (kept) return { code: kept.code, expiresAt: kept.expires_at.toISOString(), paired: kept.assignment };
    const expiresAt = new Date(now.getTime() + OFFER_MINUTES * 60_000);
    // A few tries: a taken code (one in a million per waiting kiosk) or the same device asking twice at once.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const existing = await pool.query<{ code: string; expires_at: Date }>('SELECT code, expires_at FROM cluster_pairing_offers WHERE device_token = $1', [deviceToken]);
      const found = existing.rows[0];
      if (found) return { code: found.code, expiresAt: found.expires_at.toISOString() };
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const inserted = await pool.query('INSERT INTO cluster_pairing_offers (code, device_token, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [code, deviceToken, expiresAt]);
      if (inserted.rowCount === 1) return { code, expiresAt: expiresAt.toISOString() };
    }
    throw new Error('no free pairing code after 5 attempts');
  }

  return {
    offer,
    async take(code, assign) {
      const now = clock.now();
      const taken = await pool.query<{ device_token: string }>('DELETE FROM cluster_pairing_offers WHERE code = $1 AND expires_at > $2 RETURNING device_token', [code, now]);
      const deviceToken = taken.rows[0]?.device_token;
      if (!deviceToken) return null;
      const { assignment, screenId } = await assign(deviceToken);
      await pool.query(
        `INSERT INTO cluster_pairing_handovers (device_token, screen_id, code, assignment, expires_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (device_token) DO UPDATE SET screen_id = excluded.screen_id, code = excluded.code, assignment = excluded.assignment, expires_at = excluded.expires_at`,
        [deviceToken, screenId, code, JSON.stringify(assignment), new Date(clock.now().getTime() + HAND_OVER_MINUTES * 60_000)],
      );
      return { deviceToken, assignment };
    },
    handedOver(screenId) {
      // The credential waiting in the hand-over is the only copy outside the kiosk: gone as soon as the kiosk has it.
      // Coalesced: paired kiosks reconnecting together (thousands after a restart) clear theirs in one statement.
      handedOverScreens.add(screenId);
      clearing ??= (async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        while (handedOverScreens.size > 0) {
          const screenIds = [...handedOverScreens];
          handedOverScreens.clear();
          await pool.query('DELETE FROM cluster_pairing_handovers WHERE screen_id = ANY($1::text[])', [screenIds]).catch((error: unknown) => logger.error({ err: error, screens: screenIds.length }, 'clearing pairing hand-overs failed'));
        }
      })().finally(() => {
        clearing = null;
      });
    },
  };
}
