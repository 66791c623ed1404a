import type pg from 'pg';
import type { Clock } from '../clock.ts';
import { DEFAULT_UNIT_ID } from '../store/pg/unit.ts';
import { PROOF_MAX_AGE_MS } from './proofGate.ts';
import type { SentSlideMemory, SentSlides } from './sentSlides.ts';

/**
 * The proof gate's memory of sent slides in PostgreSQL (server/migrations/0011_proof_sent_slides.sql), shared by every
 * process. Unlike the file, a save MERGES: each process only knows what it pushed itself, so it upserts the entries that
 * changed since its last save (newest time wins) and never deletes another process's rows; rows older than any backlog
 * a kiosk can still send are dropped by age.
 */
export function pgSentSlides(pool: pg.Pool, clock: Clock, { unitId = DEFAULT_UNIT_ID }: { unitId?: string } = {}): SentSlideMemory {
  /** What this process last wrote (or read): a save sends only the difference. */
  const written = new Map<string, number>();
  const keyOf = (screenId: string, slideId: string) => JSON.stringify([screenId, slideId]);

  return {
    async load() {
      const { rows } = await pool.query<{ screen_id: string; slide_id: string; sent_at: string }>(
        'SELECT screen_id, slide_id, sent_at FROM proof_sent_slides WHERE unit_id = $1 AND sent_at >= $2',
        [unitId, clock.now().getTime() - PROOF_MAX_AGE_MS],
      );
      const slides: SentSlides = {};
      for (const row of rows) {
        const at = Number(row.sent_at);
        (slides[row.screen_id] ??= {})[row.slide_id] = at;
        written.set(keyOf(row.screen_id, row.slide_id), at);
      }
      return slides;
    },

    async loadScreen(screenId) {
      const { rows } = await pool.query<{ slide_id: string; sent_at: string }>(
        'SELECT slide_id, sent_at FROM proof_sent_slides WHERE unit_id = $1 AND screen_id = $2 AND sent_at >= $3',
        [unitId, screenId, clock.now().getTime() - PROOF_MAX_AGE_MS],
      );
      for (const row of rows) written.set(keyOf(screenId, row.slide_id), Number(row.sent_at));
      return Object.fromEntries(rows.map((row) => [row.slide_id, Number(row.sent_at)]));
    },

    async save(slides) {
      const screens: string[] = [];
      const ids: string[] = [];
      const times: number[] = [];
      for (const [screenId, kept] of Object.entries(slides)) {
        for (const [slideId, at] of Object.entries(kept)) {
          const key = keyOf(screenId, slideId);
          if (written.get(key) === at) continue;
          screens.push(screenId);
          ids.push(slideId);
          times.push(at);
        }
      }
      if (screens.length > 0) {
        await pool.query(
          `INSERT INTO proof_sent_slides (unit_id, screen_id, slide_id, sent_at)
           SELECT $1, * FROM unnest($2::text[], $3::text[], $4::bigint[])
           ON CONFLICT (screen_id, slide_id) DO UPDATE SET sent_at = greatest(proof_sent_slides.sent_at, excluded.sent_at)`,
          [unitId, screens, ids, times],
        );
        screens.forEach((screenId, i) => written.set(keyOf(screenId, ids[i]!), times[i]!));
      }
      await pool.query('DELETE FROM proof_sent_slides WHERE sent_at < $1', [clock.now().getTime() - PROOF_MAX_AGE_MS]);
    },
  };
}
