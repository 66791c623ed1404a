import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOps } from '../../../server/src/ops/ops.ts';
import { systemClock } from '../../../server/src/clock.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { api, sloganInput } from '../../helpers/contentFixtures.ts';
import { connectDisplay, login, nextSnapshot, startTestApp, type DisplayClient, type TestApp } from '../../helpers/testApp.ts';

const apps: TestApp[] = [];
const sockets: DisplayClient[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const a of apps.splice(0)) await a.close();
  for (const c of closers.splice(0)) await c();
});

/**
 * Prometheus text format 0.0.4: every line is a comment (# HELP / # TYPE) or `name{label="value",…} number`; the
 * number is parsed like Go's ParseFloat, so NaN and Inf in any case (prom-client writes "Nan" before the first sample).
 */
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.]+(?:e[+-]?[0-9]+)?|[Nn][Aa][Nn]|[+-]Inf)$/;

interface Sample {
  name: string;
  labels: string;
  value: number;
}

function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not Prometheus text: ${line}`);
    samples.push({ name: match[1]!, labels: match[2] ?? '', value: Number(match[3]) });
  }
  return samples;
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<Sample[]> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parse(await res.text());
}

const value = (samples: Sample[], name: string, labels = '') => samples.find((s) => s.name === name && s.labels === labels)?.value;

describe('/metrics (Prometheus text, one registry per process)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('counts the kiosks connected here, every snapshot pushed to them, the evaluator and requests by route class', async () => {
    const gate = connectDisplay(t.url, 'gate');
    sockets.push(gate);
    await nextSnapshot(gate);
    const before = await scrape(t.url);
    expect(value(before, 'bangtin_connected_screens')).toBe(1);
    expect(value(before, 'bangtin_snapshot_pushes_total')).toBe(1);

    const cookie = await login(t.url);
    const pushed = nextSnapshot(gate);
    const created = await api(t.url, cookie, 'POST', '/api/content', sloganInput({ text: 'Một khẩu hiệu mới cho số liệu' }));
    expect(created.status).toBe(201);
    await pushed;

    const after = await scrape(t.url);
    expect(value(after, 'bangtin_snapshot_pushes_total')).toBe(2);
    expect(value(after, 'bangtin_schedule_evaluation_seconds_count')).toBeGreaterThanOrEqual(2);
    expect(value(after, 'bangtin_snapshot_publish_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(value(after, 'bangtin_http_requests_total', '{route="api_content",status="201"}')).toBe(1);
    expect(value(after, 'bangtin_http_requests_total', '{route="api_auth",status="200"}')).toBe(1);
    // Node's own process metrics come along.
    expect(value(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(value(after, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('keeps the label set bounded when a scanner asks for many different paths', async () => {
    await Promise.all(Array.from({ length: 60 }, (_, i) => fetch(`${t.url}/${i % 2 ? 'api/' : ''}wp-admin-${i}.php?x=${i}`).then((r) => r.arrayBuffer())));
    const series = (await scrape(t.url)).filter((s) => s.name === 'bangtin_http_requests_total' && s.labels.includes('status="404"'));
    expect(series.map((s) => s.labels).sort()).toEqual(['{route="api_other",status="404"}', '{route="public",status="404"}']);
    expect(series.reduce((sum, s) => sum + s.value, 0)).toBe(60);
  });

  it('two apps in one process do not share a series (no global registry)', async () => {
    const b = await startTestApp();
    apps.push(b);
    const a = t;
    const gate = connectDisplay(a.url, 'gate');
    sockets.push(gate);
    await nextSnapshot(gate);
    expect(value(await scrape(a.url), 'bangtin_connected_screens')).toBeGreaterThanOrEqual(1);
    expect(value(await scrape(b.url), 'bangtin_connected_screens')).toBe(0);
    expect(value(await scrape(b.url), 'bangtin_snapshot_pushes_total')).toBe(0);
  });
});

describe('who may read /metrics', () => {
  async function opsOnly(metricsToken?: string) {
    const ops = createOps({ clock: systemClock, logger: createLogger('silent'), appVersion: 't', ...(metricsToken ? { metricsToken } : {}) });
    const app = express();
    ops.mount(app);
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', resolve));
    closers.push(() => new Promise((resolve) => server.close(() => resolve())));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('refuses a visitor that came through the proxy (forwarding headers), even though the proxy connects from loopback', async () => {
    const url = await opsOnly();
    const proxied: Record<string, string>[] = [{ 'x-forwarded-for': '203.0.113.7' }, { forwarded: 'for=203.0.113.7' }, { 'x-real-ip': '203.0.113.7' }];
    for (const header of proxied) {
      const res = await fetch(`${url}/metrics`, { headers: header });
      expect(res.status).toBe(403);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('FORBIDDEN');
      expect(body.error.message).toMatch(/^Chỉ máy giám sát/);
    }
    // A scraper on this machine, straight to the process's port: allowed without a token.
    await scrape(url);
  });

  it('with METRICS_TOKEN, a remote scraper gets in with the bearer token and nobody gets in with a wrong one', async () => {
    const token = 'bangtin-metrics-token-0123456789';
    const url = await opsOnly(token);
    await scrape(url, { 'x-forwarded-for': '198.51.100.9', authorization: `Bearer ${token}` });
    const wrong = await fetch(`${url}/metrics`, { headers: { 'x-forwarded-for': '198.51.100.9', authorization: 'Bearer guess' } });
    expect(wrong.status).toBe(403);
  });
});
