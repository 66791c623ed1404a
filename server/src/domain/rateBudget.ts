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

/**
 * One budget per client (by IP) for anonymous reports; beyond `maxClients` remembered, the oldest is forgotten, so
 * memory stays bounded. Returns "may this client send one more?".
 */
export function clientBudgets(capacity: number, perSecond: number, now: () => number, maxClients = 5000) {
  const budgets = new Map<string, (cost?: number) => boolean>();
  return (client: string): boolean => {
    let budget = budgets.get(client);
    if (!budget) {
      if (budgets.size >= maxClients) budgets.delete(budgets.keys().next().value ?? '');
      budget = rateBudget(capacity, perSecond, now);
      budgets.set(client, budget);
    }
    return budget();
  };
}
