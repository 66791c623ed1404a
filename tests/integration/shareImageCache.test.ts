import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../server/src/clock.ts';
import { createShareImageCache } from '../../server/src/public/channels/shareImageCache.ts';

/** A tiny app around the cache: `/og/<name>.png` "draws" a PNG by counting, so the test sees every render. */
function appWith(options: { perAddress: { limit: number; windowSeconds: number }; max?: number }) {
  const clock = manualClock(new Date('2026-12-05T08:00:00+07:00'));
  const cache = createShareImageCache({ clock, overall: { limit: 1000, windowSeconds: 60 }, ...options });
  const drawn: string[] = [];
  const app = express();
  app.get('/og/:name', async (req, res) => {
    const name = req.params.name;
    await cache.send(req, res, name, async () => {
      drawn.push(name);
      return Buffer.from(`png of ${name}`);
    });
  });
  return { http: () => request(app), clock, cache, drawn };
}

describe('share images cost the CPU once, and a burst of new ones is refused', () => {
  it('a second request for the same card does not draw it again', async () => {
    const { http, drawn, cache } = appWith({ perAddress: { limit: 5, windowSeconds: 60 } });
    await http().get('/og/a.png').expect(200).expect('x-cache', 'MISS').expect('content-type', 'image/png');
    const again = await http().get('/og/a.png').expect(200).expect('x-cache', 'HIT');
    expect(again.body).toEqual(Buffer.from('png of a.png'));
    expect(drawn).toEqual(['a.png']);
    expect(cache.renders).toBe(1);
  });

  it('one address drawing many new cards gets 429 with Retry-After; kept cards still come; the window passes on the clock', async () => {
    const { http, drawn, clock } = appWith({ perAddress: { limit: 3, windowSeconds: 60 } });
    for (const name of ['a', 'b', 'c']) await http().get(`/og/${name}.png`).expect(200);
    const refused = await http().get('/og/d.png').expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(drawn).toEqual(['a.png', 'b.png', 'c.png']);
    await http().get('/og/a.png').expect(200).expect('x-cache', 'HIT'); // hits are never limited
    clock.advance(61_000);
    await http().get('/og/d.png').expect(200).expect('x-cache', 'MISS');
    expect(drawn).toHaveLength(4);
  });

  it('only the most recently asked cards are kept (LRU), so memory stays bounded', async () => {
    const { http, drawn } = appWith({ perAddress: { limit: 100, windowSeconds: 60 }, max: 2 });
    for (const name of ['a', 'b', 'a', 'c', 'a', 'b']) await http().get(`/og/${name}.png`).expect(200);
    // a stays (asked again before c came), b was dropped for c and is drawn again.
    expect(drawn).toEqual(['a.png', 'b.png', 'c.png', 'b.png']);
  });
});
