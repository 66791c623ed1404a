import type { Clock } from '../../clock.ts';

const KEEP_MS = 13 * 3_600_000; // a little longer than a form guard stamp lives (12 h)
const MAX_STAMPS = 20_000;

/**
 * Remembers which signed form stamps have already been counted, so sending the same page again (reload, back button)
 * shows the results without counting the answers twice. Only the stamp is kept — it says when a page was opened,
 * nothing about who opened it — and for at most the stamp's own lifetime.
 */
export function createStampMemory(clock: Clock) {
  const seen = new Map<string, number>();
  return {
    firstUse(stamp: string): boolean {
      const now = clock.now().getTime();
      if (seen.has(stamp)) return false;
      if (seen.size >= MAX_STAMPS) {
        for (const [key, at] of seen) if (now - at > KEEP_MS || seen.size >= MAX_STAMPS) seen.delete(key);
      }
      seen.set(stamp, now);
      return true;
    },
  };
}
