import type { Request, Response } from 'express';
import type { Clock } from '../../clock.ts';
import { createRateLimit } from '../rateLimit.ts';

export interface ShareImageCacheOptions {
  clock: Clock;
  /** How many PNGs are kept (least recently asked for go first); a card is ≈ 40–90 KB. */
  max?: number;
  /** Renders (cache misses) allowed per address, and for everyone together, per window. */
  perAddress?: { limit: number; windowSeconds: number };
  overall?: { limit: number; windowSeconds: number };
}

/**
 * Share images are drawn by satori + resvg, ≈ 0.1–0.3 s of CPU each: a crawler walking every `/og/<id>.png`, or one
 * address asking for many cards, must not keep the server busy drawing. Drawn PNGs are kept in memory (LRU, keyed by
 * what appears on the card: item id@version and the school's names), so sharing a link again costs nothing; only a
 * miss — a card that has to be drawn — counts against the kit's per-address and overall limits (429 + Retry-After).
 */
export function createShareImageCache({ clock, max = 300, perAddress = { limit: 12, windowSeconds: 60 }, overall = { limit: 60, windowSeconds: 60 } }: ShareImageCacheOptions) {
  const kept = new Map<string, Promise<Buffer>>();
  const limit = createRateLimit({ clock, name: 'og', perAddress, overall, reply: 'html' });
  let renders = 0;

  function remember(key: string, png: Promise<Buffer>) {
    kept.delete(key);
    kept.set(key, png);
    while (kept.size > max) kept.delete(kept.keys().next().value ?? '');
  }

  return {
    /** How many cards were drawn since start (a test and the logs can see the cache working). */
    get renders() {
      return renders;
    },
    /** Sends the PNG for `key`, drawing it with `render` only when it is not kept and the limits allow. */
    async send(req: Request, res: Response, key: string, render: () => Promise<Buffer>): Promise<void> {
      let png = kept.get(key);
      res.setHeader('X-Cache', png ? 'HIT' : 'MISS');
      if (!png) {
        // The kit's limiter answers synchronously: it either calls next or has already sent the 429.
        let allowed = false;
        limit(req, res, () => {
          allowed = true;
        });
        if (!allowed) return;
        renders += 1;
        png = render();
        const drawing = png;
        drawing.catch(() => {
          if (kept.get(key) === drawing) kept.delete(key);
        });
      }
      remember(key, png);
      const bytes = await png;
      res.type('png').setHeader('Cache-Control', 'public, max-age=3600');
      res.send(bytes);
    },
  };
}
export type ShareImageCache = ReturnType<typeof createShareImageCache>;
