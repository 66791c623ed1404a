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
export function createPgPairing(pool: pg.Pool, clock: Clock, logger: Logger, unitId = 'root'): Pairing {
  // A unit's codes and hand-overs only (issue #15 item 1): a code typed in one unit never pairs a kiosk waiting at another.
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
      'SELECT code, expires_at, assignment FROM cluster_pairing_handovers WHERE device_token = $1 AND unit_id = $2',
      [deviceToken, unitId],
    );
    const kept = handOver.rows[0];
    if (kept) return { code: kept.code, expiresAt: kept.expires_at.toISOString(), paired: kept.assignment };
    const expiresAt = new Date(now.getTime() + OFFER_MINUTES * 60_000);
    // The same kiosk opened at another unit's address: its offer there is void.
    await pool.query('DELETE FROM cluster_pairing_offers WHERE device_token = $1 AND unit_id <> $2', [deviceToken, unitId]);
    // A few tries: a taken code (one in a million per waiting kiosk) or the same device asking twice at once.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const existing = await pool.query<{ code: string; expires_at: Date }>('SELECT code, expires_at FROM cluster_pairing_offers WHERE device_token = $1 AND unit_id = $2', [deviceToken, unitId]);
      const found = existing.rows[0];
      if (found) return { code: found.code, expiresAt: found.expires_at.toISOString() };
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const inserted = await pool.query('INSERT INTO cluster_pairing_offers (code, device_token, expires_at, unit_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [code, deviceToken, expiresAt, unitId]);
      if (inserted.rowCount === 1) return { code, expiresAt: expiresAt.toISOString() };
    }
    throw new Error('no free pairing code after 5 attempts');
  }

  return {
    offer,
    async take(code, assign) {
      const now = clock.now();
      const taken = await pool.query<{ device_token: string }>('DELETE FROM cluster_pairing_offers WHERE code = $1 AND expires_at > $2 AND unit_id = $3 RETURNING device_token', [code, now, unitId]);
      const deviceToken = taken.rows[0]?.device_token;
      if (!deviceToken) return null;
      const { assignment, screenId } = await assign(deviceToken);
      await pool.query(
        `INSERT INTO cluster_pairing_handovers (device_token, screen_id, code, assignment, expires_at, unit_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (device_token) DO UPDATE SET screen_id = excluded.screen_id, code = excluded.code, assignment = excluded.assignment, expires_at = excluded.expires_at, unit_id = excluded.unit_id`,
        [deviceToken, screenId, code, JSON.stringify(assignment), new Date(clock.now().getTime() + HAND_OVER_MINUTES * 60_000), unitId],
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
          await pool.query('DELETE FROM cluster_pairing_handovers WHERE unit_id = $1 AND screen_id = ANY($2::text[])', [unitId, screenIds]).catch((error: unknown) => logger.error({ err: error, screens: screenIds.length }, 'clearing pairing hand-overs failed'));
        }
      })().finally(() => {
        clearing = null;
      });
    },
  };
}
