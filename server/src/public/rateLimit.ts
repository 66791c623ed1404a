import type { RequestHandler } from 'express';
import type { Clock } from '../clock.ts';
import { html } from './html.ts';

export interface RateLimitOptions {
  clock: Clock;
  /** Names the limiter in its message and logs, e.g. "gop-y". */
  name: string;
  perAddress: { limit: number; windowSeconds: number };
  /** Everyone together: a flood from many addresses still stops here. */
  overall: { limit: number; windowSeconds: number };
  reply: 'html' | 'json';
  /** Only these methods count (default: every method). */
  methods?: readonly string[];
}

interface Window {
  start: number;
  count: number;
}

const MESSAGE = 'Có quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ít phút.';

/**
 * Fixed-window limits per address and overall, on the injected clock (tests move time instead of waiting).
 * 429 with Retry-After; nothing is remembered about an address once its window has passed.
 */
export function createRateLimit(options: RateLimitOptions): RequestHandler {
  const byAddress = new Map<string, Window>();
  const overall: Window = { start: 0, count: 0 };
  const perMs = options.perAddress.windowSeconds * 1000;
  const overallMs = options.overall.windowSeconds * 1000;
  let lastSweep = 0;

  const take = (window: Window, now: number, length: number, limit: number): number => {
    if (now - window.start >= length) {
      window.start = now;
      window.count = 0;
    }
    if (window.count >= limit) return Math.max(1, Math.ceil((window.start + length - now) / 1000));
    window.count += 1;
    return 0;
  };

  return (req, res, next) => {
    if (options.methods && !options.methods.includes(req.method)) return next();
    const now = options.clock.now().getTime();
    if (now - lastSweep >= perMs) {
      for (const [key, window] of byAddress) if (now - window.start >= perMs) byAddress.delete(key);
      lastSweep = now;
    }
    const address = req.ip ?? 'unknown';
    let mine = byAddress.get(address);
    if (!mine) {
      mine = { start: now, count: 0 };
      byAddress.set(address, mine);
    }
    const wait = take(mine, now, perMs, options.perAddress.limit) || take(overall, now, overallMs, options.overall.limit);
    if (wait === 0) return next();
    res.setHeader('Retry-After', String(wait));
    if (options.reply === 'json') {
      res.status(429).json({ error: { code: 'RATE_LIMITED', message: MESSAGE } });
      return;
    }
    res
      .status(429)
      .type('html')
      .send(
        html`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Vui lòng thử lại sau</title><link rel="stylesheet" href="/site/site.css"></head><body><main><h1>Vui lòng thử lại sau</h1><p class="lead">${MESSAGE}</p><p>Có thể thử lại sau khoảng ${Math.ceil(wait / 60)} phút.</p></main></body></html>`
          .value,
      );
  };
}
