import type { Server as HttpServer } from 'node:http';
import { ADMIN_NAMESPACE, DISPLAY_NAMESPACE, PAIRING_NAMESPACE } from '@bangtin/shared';
import type { Server as SocketServer } from 'socket.io';

export interface DrainOptions {
  /** The whole drain's bound: what is still open then is left to `close()` (which cuts it). */
  graceMs: number;
  /** Kiosks are sent away spread over this long, so thousands do not knock on the other processes in the same instant. */
  spreadMs: number;
}

export interface DrainOutcome {
  /** Sockets told to reconnect (kiosks, consoles, pairing screens). */
  socketsMoved: number;
  /** HTTP requests still unfinished when the bound ran out (0 = every in-flight request was answered). */
  requestsLeft: number;
  elapsedMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Graceful drain before shutdown (SIGTERM), in this order:
 *  1. stop accepting connections (the listening socket closes; the proxy sends new ones to another process);
 *  2. close every socket's transport — not a Socket.IO "server disconnect", which clients do not retry by themselves,
 *     but a closed connection, which socket.io-client retries within about a second. The kiosk keeps its snapshot and
 *     keeps playing while offline (display/src/connection: a disconnect only marks it offline; the offline notice waits
 *     15 s), so the screen never goes blank; through the proxy it lands on another process and gets a fresh snapshot;
 *  3. let requests in flight finish, closing each keep-alive connection as soon as it is idle, and let every socket's
 *     last write go out before its connection closes.
 */
export async function drainServer(
  target: { http: HttpServer; io: SocketServer; inFlight: () => number; bases?: readonly string[] },
  options: DrainOptions,
): Promise<DrainOutcome> {
  const started = performance.now();
  const deadline = started + options.graceMs;
  const { http, io } = target;
  // Not listening (never started, or already closed): nothing to stop.
  if (http.listening) http.close();
  http.closeIdleConnections();

  // Every unit's namespaces (`${base}/display` …, units/unitRuntime.ts); the root's alone when no bases are given.
  const names = (target.bases ?? ['']).flatMap((base) => [DISPLAY_NAMESPACE, ADMIN_NAMESPACE, PAIRING_NAMESPACE].map((name) => `${base}${name}`));
  const sockets = names.flatMap((name) => [...io.of(name).sockets.values()]);
  const slices = sockets.length <= 200 ? 1 : Math.min(20, Math.ceil(sockets.length / 100));
  const perSlice = Math.ceil(sockets.length / slices);
  for (let i = 0; i < slices; i++) {
    if (i > 0) await sleep(options.spreadMs / slices);
    for (const socket of sockets.slice(i * perSlice, (i + 1) * perSlice)) socket.conn.close();
  }

  // A socket with a snapshot still being written closes once it is written: wait for those too, or close() would
  // send them a server-side disconnect, which clients do not retry at once.
  while ((target.inFlight() > 0 || io.engine.clientsCount > 0) && performance.now() < deadline) {
    http.closeIdleConnections();
    await sleep(25);
  }
  http.closeIdleConnections();
  return { socketsMoved: sockets.length, requestsLeft: target.inFlight(), elapsedMs: Math.round(performance.now() - started) };
}
