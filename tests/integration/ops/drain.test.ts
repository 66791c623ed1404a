import { request, type IncomingMessage } from 'node:http';
import { DISPLAY_NAMESPACE, type DisplaySnapshot } from '@bangtin/shared';
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, tempDataDir, type ServerProcess } from '../../helpers/serverProcess.ts';

let server: ServerProcess | null = null;
afterAll(async () => {
  await server?.stop('SIGKILL');
});

/** A login whose body arrives in two parts: the server is in the middle of it until `finish()` sends the rest. */
function slowRequest(url: string) {
  const body = JSON.stringify({ username: 'admin', password: 'not-the-password' });
  const cut = Math.floor(body.length / 2);
  const req = request(`${url}/api/auth/login`, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res: IncomingMessage) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
  });
  req.write(body.slice(0, cut));
  return { reply, finish: () => req.end(body.slice(cut)) };
}

/** How many requests the server is answering right now (the scrape itself is one of them). */
async function inFlight(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^bangtin_http_requests_in_flight (\d+)$/m.exec(text)?.[1] ?? Number.NaN);
}

// The timeout covers the process's start on a busy machine; the drain itself is held to 5 s below.
describe('SIGTERM drains the process (issue #15 item 4)', { timeout: 60_000 }, () => {
  it('finishes the request in flight, sends the kiosk to reconnect (never a server-side "go away"), refuses new connections and exits 0 within 5 s', async () => {
    server = await startServerProcess({ DATA_DIR: tempDataDir('drain'), ADMIN_PASSWORD: 'drain-test-password' });
    const { url } = server;
    const kiosk = io(`${url}${DISPLAY_NAMESPACE}`, { auth: { slug: 'gate' }, transports: ['websocket'], forceNew: true, reconnectionDelay: 200, reconnectionDelayMax: 400 });
    const snapshots: DisplaySnapshot[] = [];
    kiosk.on('display:snapshot', (s: DisplaySnapshot) => snapshots.push(s));
    await new Promise<void>((resolve) => kiosk.once('display:snapshot', () => resolve()));

    const slow = slowRequest(url);
    await expect.poll(() => inFlight(url), { interval: 20, timeout: 3000 }).toBe(2);

    const disconnected = new Promise<string>((resolve) => kiosk.once('disconnect', resolve));
    const retrying = new Promise<void>((resolve) => kiosk.io.once('reconnect_attempt', () => resolve()));
    const exited = new Promise<number | null>((resolve) => server!.child.once('exit', resolve));
    const sentAt = performance.now();
    server.child.kill('SIGTERM');

    // A closed connection, which socket.io-client retries on its own (through the proxy: another process).
    // "io server disconnect" would leave a kiosk waiting for its own 5 s retry timer instead.
    expect(await disconnected).toBe('transport close');
    expect(kiosk.active).toBe(true);
    await retrying;
    // The kiosk was never handed an empty screen on the way out.
    expect(snapshots.every((s) => s.items.length > 0)).toBe(true);
    // No new connections once draining.
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();

    // The request that was half-way through still gets its whole answer.
    slow.finish();
    const reply = await slow.reply;
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });

    expect(await exited).toBe(0);
    expect(performance.now() - sentAt).toBeLessThan(5000);
    kiosk.close();
  });
});
