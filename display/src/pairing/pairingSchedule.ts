/**
 * When an unpaired kiosk asks for a code again (pure; unit-tested). Codes live ten minutes on the server,
 * which answers a kiosk that asks again before then with the same code, so the kiosk asks shortly before
 * the end, and once more just after it if it got the same code back.
 */
export const REFRESH_LEAD_MS = 3_000;
export const SAME_CODE_RETRY_AFTER_EXPIRY_MS = 250;
const MIN_DELAY_MS = 1_000;
/**
 * How often a waiting kiosk asks again anyway, to learn its assignment if it missed the push (the server allows
 * 60 requests per address per 15 minutes on /api/pairing: this is 45).
 */
export const PAIRED_POLL_MS = 20_000;

/**
 * Delay until the next request, from the code's expiry and the server's clock (the Date header, so a kiosk
 * with a wrong clock still refreshes in time).
 */
export function refreshDelayMs(expiresAtMs: number, serverNowMs: number, sameCodeAsBefore: boolean): number {
  const remaining = expiresAtMs - serverNowMs;
  const delay = sameCodeAsBefore ? remaining + SAME_CODE_RETRY_AFTER_EXPIRY_MS : remaining - REFRESH_LEAD_MS;
  return Math.max(MIN_DELAY_MS, delay);
}

/** Server unreachable: 2 s, 4 s, 8 s … capped at 30 s. */
export function retryDelayMs(failures: number): number {
  return Math.min(30_000, 2_000 * 2 ** Math.max(0, failures - 1));
}

/** "482913" → "482 913": two groups are easier to read from across a room and to type. */
export function groupCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
