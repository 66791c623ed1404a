import type { Clock } from '../clock.ts';

export interface LoginThrottleOptions {
  /** Failures an account takes before the back-off starts. */
  freeFailures: number;
  /** How long a failure counts. */
  windowMs: number;
  /** The longest wait between two attempts on a backed-off account. */
  maxDelayMs: number;
  /** Accounts (including made-up names) tracked at once; the least recently failed is forgotten first. */
  maxAccounts: number;
}

const DEFAULTS: LoginThrottleOptions = { freeFailures: 5, windowMs: 3600_000, maxDelayMs: 15 * 60_000, maxAccounts: 10_000 };

interface AccountState {
  failures: number[];
  /** Address → time of its last failure on this account. */
  addresses: Map<string, number>;
}

/**
 * Per-account back-off on top of the per-address limit. After `freeFailures` wrong passwords on an account,
 * the addresses that produced them must wait 1 s, 2 s, 4 s … (up to `maxDelayMs`) between attempts on it,
 * and are refused without a password check meanwhile. An address that has not failed on the account is not held
 * back, so the owner typing the right password at their own desk gets in while someone else hammers the name.
 */
export function createLoginThrottle(clock: Clock, options: Partial<LoginThrottleOptions> = {}) {
  const o = { ...DEFAULTS, ...options };
  const accounts = new Map<string, AccountState>();

  const current = (username: string, now: number): AccountState | undefined => {
    const state = accounts.get(username);
    if (!state) return undefined;
    state.failures = state.failures.filter((t) => now - t < o.windowMs);
    for (const [address, t] of state.addresses) if (now - t >= o.windowMs) state.addresses.delete(address);
    if (state.failures.length === 0) {
      accounts.delete(username);
      return undefined;
    }
    return state;
  };

  return {
    /** Milliseconds this address must still wait before trying this account; 0 = go ahead. */
    waitMs(username: string, address: string): number {
      const now = clock.now().getTime();
      const state = current(username, now);
      if (!state || !state.addresses.has(address)) return 0;
      const over = state.failures.length - o.freeFailures;
      if (over < 1) return 0;
      const delay = Math.min(o.maxDelayMs, 1000 * 2 ** (over - 1));
      return Math.max(0, (state.failures.at(-1) ?? now) + delay - now);
    },
    failed(username: string, address: string): void {
      const now = clock.now().getTime();
      const state = current(username, now) ?? { failures: [], addresses: new Map<string, number>() };
      state.failures.push(now);
      state.addresses.set(address, now);
      // Re-insert so the Map's order is least-recently-failed first, then forget the oldest beyond the bound.
      accounts.delete(username);
      accounts.set(username, state);
      if (accounts.size > o.maxAccounts) {
        const oldest = accounts.keys().next().value;
        if (oldest !== undefined) accounts.delete(oldest);
      }
    },
    /** The right password from this address: it is no longer a suspect for this account. */
    succeeded(username: string, address: string): void {
      accounts.get(username)?.addresses.delete(address);
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
