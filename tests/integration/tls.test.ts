import { readFileSync, statSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { io as connect } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_NAMESPACE, DISPLAY_NAMESPACE, type DisplaySnapshot } from '@bangtin/shared';
import { createApp, type App } from '../../server/src/app.ts';
import { manualClock } from '../../server/src/clock.ts';
import { ConfigError, loadConfig } from '../../server/src/config.ts';
import { createLogger } from '../../server/src/logger.ts';
import { openMemoryStore } from '../../server/src/store/openStore.ts';
import { selfSignedCertificate } from '../../server/src/tls/certificate.ts';
import { createRedirectServer } from '../../server/src/tls/redirect.ts';
import { seededDatabase, TEST_PASSWORD, TIMEZONE } from '../helpers/testApp.ts';
import { seededDataDir, startServerProcess, tempDataDir, type ServerProcess } from '../helpers/serverProcess.ts';

const NOW = new Date('2026-11-28T01:00:00Z');
const LOCAL = { dns: ['localhost'], ips: ['127.0.0.1'] };
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A request to the HTTPS server trusting only this certificate (as a kiosk that imported it would). */
function get(url: string, ca: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpsRequest(url, { ca, method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('self-signed certificate for the LAN', () => {
  it('is made once with the LAN names, kept with a private key file, and reused (same fingerprint) while it fits', async () => {
    const dir = path.join(tempDataDir('tls'), 'tls');
    const first = await selfSignedCertificate(dir, NOW, { dns: ['localhost', 'truong-mn'], ips: ['127.0.0.1', '192.168.1.10'] });
    expect(first).toMatchObject({ generated: true, renewedBecause: 'missing' });
    expect(first.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(statSync(path.join(dir, 'self-signed-key.pem')).mode & 0o777).toBe(0o600);
    const again = await selfSignedCertificate(dir, NOW, { dns: ['localhost', 'truong-mn'], ips: ['127.0.0.1', '192.168.1.10'] });
    expect(again).toMatchObject({ generated: false, fingerprint256: first.fingerprint256 });
    // The school moved the server to another address: a new certificate, and the log says why.
    const moved = await selfSignedCertificate(dir, NOW, { dns: ['localhost', 'truong-mn'], ips: ['127.0.0.1', '192.168.1.20'] });
    expect(moved.renewedBecause).toBe('does not cover IP Address:192.168.1.20');
    expect(moved.fingerprint256).not.toBe(first.fingerprint256);
    // Close to expiry it is renewed too.
    const late = await selfSignedCertificate(dir, new Date(NOW.getTime() + 800 * 86400_000), { dns: ['localhost', 'truong-mn'], ips: ['127.0.0.1', '192.168.1.20'] });
    expect(late.renewedBecause).toBe('expires soon');
  });
});

describe('HTTPS', () => {
  async function startHttps(): Promise<{ app: App; url: string; cert: string }> {
    const tls = await selfSignedCertificate(path.join(tempDataDir('tls'), 'tls'), NOW, LOCAL);
    const clock = manualClock(NOW);
    const app = createApp({
      store: openMemoryStore(await seededDatabase(NOW)),
      clock,
      logger: createLogger('silent'),
      timezone: TIMEZONE,
      sessionHours: 12,
      pagesDir: '/nonexistent',
      tls: { key: tls.key, cert: tls.cert },
    });
    await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => app.close());
    return { app, url: `https://localhost:${(app.http.address() as AddressInfo).port}`, cert: tls.cert };
  }

  it('serves the API with a Secure session cookie and HSTS, and Socket.IO over wss for kiosks and consoles', async () => {
    const { url, cert } = await startHttps();
    const health = await get(`${url}/healthz`, cert);
    expect(health.status).toBe(200);
    expect(health.headers['strict-transport-security']).toBe('max-age=15552000');
    const login = await get(`${url}/api/auth/login`, cert, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/^bt_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200; Secure$/);

    const display = connect(`${url}${DISPLAY_NAMESPACE}`, { auth: { slug: 'gate' }, transports: ['websocket'], forceNew: true, ca: cert });
    const snapshot = await new Promise<DisplaySnapshot>((resolve) => display.once('display:snapshot', resolve));
    display.close();
    expect(snapshot.screen.slug).toBe('gate');
    // The console's socket too, long-polling first as a browser does, with the Secure cookie.
    const admin = connect(`${url}${ADMIN_NAMESPACE}`, { forceNew: true, ca: cert, extraHeaders: { cookie: setCookie.split(';')[0]! } });
    await new Promise<void>((resolve, reject) => {
      admin.once('connect', resolve);
      admin.once('connect_error', reject);
    });
    admin.close();
  });

  it('refuses a client that does not trust the certificate', async () => {
    const { url } = await startHttps();
    await expect(get(`${url}/healthz`, '')).rejects.toThrow(/self[- ]signed|unable to verify/i);
  });

  it('plain HTTP gets no HSTS and no Secure flag; behind a proxy (TRUST_PROXY=1) a request it marks https gets both', async () => {
    const clock = manualClock(NOW);
    const app = createApp({ store: openMemoryStore(await seededDatabase(NOW)), clock, logger: createLogger('silent'), timezone: TIMEZONE, sessionHours: 12, pagesDir: '/nonexistent', trustProxy: true });
    await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => app.close());
    const url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`;
    const body = JSON.stringify({ username: 'admin', password: TEST_PASSWORD });
    const plain = { 'content-type': 'application/json' };
    expect((await fetch(`${url}/healthz`, { headers: plain })).headers.get('strict-transport-security')).toBeNull();
    expect((await fetch(`${url}/api/auth/login`, { method: 'POST', headers: plain, body })).headers.get('set-cookie')).not.toMatch(/Secure/);
    const proxied = { ...plain, 'x-forwarded-proto': 'https', 'x-forwarded-for': '192.168.1.50' };
    expect((await fetch(`${url}/healthz`, { headers: proxied })).headers.get('strict-transport-security')).toBe('max-age=15552000');
    expect((await fetch(`${url}/api/auth/login`, { method: 'POST', headers: proxied, body })).headers.get('set-cookie')).toMatch(/; Secure$/);
  });
});

describe('HTTP → HTTPS redirect', () => {
  it('sends reads with 301 and writes with 308 to the same path on the HTTPS port, and serves nothing itself', async () => {
    const redirect = createRedirectServer(3443);
    await new Promise<void>((resolve) => redirect.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => redirect.close(resolve)));
    const url = `http://127.0.0.1:${(redirect.address() as AddressInfo).port}`;
    // A kiosk that opened the server by its LAN address is sent to the same address (fetch cannot set Host).
    const read = await new Promise<{ status?: number; location?: string }>((resolve, reject) => {
      httpGet(`${url}/display/gate?x=1`, { headers: { host: '192.168.1.10:3000' } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode, location: res.headers.location });
      }).on('error', reject);
    });
    expect(read).toEqual({ status: 301, location: 'https://192.168.1.10:3443/display/gate?x=1' });
    const write = await fetch(`${url}/api/auth/login`, { method: 'POST', redirect: 'manual', body: '{}' });
    expect(write.status).toBe(308);
    expect(write.headers.get('location')).toBe('https://127.0.0.1:3443/api/auth/login');
    expect(createRedirectServer(443).listenerCount('request')).toBe(1);
  });
});

describe('configuration', () => {
  it('keeps plain http by default, binds to 127.0.0.1 behind a proxy, and refuses contradictory TLS settings', () => {
    expect(loadConfig({}, '/repo')).toMatchObject({ tls: { mode: 'off' }, host: '0.0.0.0' });
    expect(loadConfig({ TRUST_PROXY: '1' }, '/repo')).toMatchObject({ trustProxy: true, host: '127.0.0.1' });
    expect(loadConfig({ TRUST_PROXY: '1', HOST: '0.0.0.0' }, '/repo').host).toBe('0.0.0.0');
    expect(loadConfig({ TLS: 'self-signed' }, '/repo')).toMatchObject({ tls: { mode: 'self-signed' }, httpsPort: 3443, httpRedirect: true });
    expect(loadConfig({ TLS_CERT: 'c.pem', TLS_KEY: 'k.pem' }, '/repo').tls).toEqual({ mode: 'files', certFile: path.resolve('c.pem'), keyFile: path.resolve('k.pem') });
    expect(() => loadConfig({ TLS_CERT: 'c.pem' }, '/repo')).toThrow(/TLS_CERT \/ TLS_KEY: set both/);
    expect(() => loadConfig({ TLS: 'self-signed', TLS_CERT: 'c.pem', TLS_KEY: 'k.pem' }, '/repo')).toThrow(ConfigError);
    expect(() => loadConfig({ TLS: 'self-signed', TRUST_PROXY: '1' }, '/repo')).toThrow(/reverse proxy terminates HTTPS/);
    expect(() => loadConfig({ TLS: 'yes' }, '/repo')).toThrow(/TLS/);
  });
});

describe('the real server with TLS=self-signed', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('starts on HTTPS with one setting, prints the fingerprint and redirects plain HTTP', async () => {
    const dataDir = seededDataDir('tls-process');
    const env = { DATA_DIR: dataDir, TLS: 'self-signed', HTTPS_PORT: '0' };
    server = await startServerProcess(env);
    expect(server.url).toMatch(/^https:\/\//);
    const fingerprint = /SHA-256 fingerprint: ([0-9A-F:]{95})/.exec(server.output())?.[1];
    expect(fingerprint).toBeDefined();
    const cert = readFileSync(path.join(dataDir, 'tls', 'self-signed-cert.pem'), 'utf8');
    const port = new URL(server.url).port;
    expect((await get(`https://localhost:${port}/healthz`, cert)).status).toBe(200);
    const redirectPort = /http:\/\/…:(\d+)\/ → https/.exec(server.output())?.[1];
    const redirected = await fetch(`http://127.0.0.1:${redirectPort}/admin/`, { redirect: 'manual' });
    expect(redirected.headers.get('location')).toBe(`https://127.0.0.1:${port}/admin/`);
  }, 60_000);
});
