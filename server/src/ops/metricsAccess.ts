import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who may read /metrics. Secure by default: only a scraper on this machine talking to this process's own port
 * (Prometheus scrapes each process directly: through the load-balancing proxy it would see a random process each time).
 * A request that came through a proxy carries forwarding headers and is refused even though the proxy connects from
 * 127.0.0.1 — so a proxied visitor never reads it. With METRICS_TOKEN set, `Authorization: Bearer <token>` is accepted
 * from anywhere (a Prometheus on another machine).
 */
export function metricsAccess(token: string | undefined) {
  const expected = token ? digest(token) : null;
  return (request: { headers: IncomingHttpHeaders; remoteAddress: string | undefined }): boolean => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (expected && bearer) return timingSafeEqual(digest(bearer), expected);
    const proxied = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined || request.headers['x-real-ip'] !== undefined;
    return !proxied && isLoopback(request.remoteAddress);
  };
}

/** Hashing first makes the comparison constant-time whatever the lengths. */
const digest = (value: string) => createHash('sha256').update(value).digest();

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
