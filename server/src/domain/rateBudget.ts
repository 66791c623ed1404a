/**
 * A token bucket per socket: `capacity` events at once, refilled at `perSecond`. Screens are anonymous
 * (they name themselves by slug), so what they may send is bounded rather than trusted.
 */
export function rateBudget(capacity: number, perSecond: number, now: () => number = Date.now) {
  let tokens = capacity;
  let last = now();
  return (cost = 1): boolean => {
    const t = now();
    tokens = Math.min(capacity, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < cost) return false;
    tokens -= cost;
    return true;
  };
}
