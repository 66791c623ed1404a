import path from 'node:path';
import type { BenchConfig } from './config.ts';
import { Channel } from './ipc.ts';
import { wallNow, type HostCommand, type HostReport, type ServerKind, type StartedReport } from './protocol.ts';
import type { Score } from './report.ts';

/**
 * One server under test, as the conductor scores it: a single host (Bảng tin in-process, the bare Socket.IO server, one
 * real server process), or a ward's N server processes on one database — one host each, with its share of the screens,
 * measured as one system (a change's last screen is the last of all of them; RSS and CPU are summed).
 */
export interface Contender extends Score {
  name: string;
  kind: ServerKind;
  hosts: Channel<HostCommand, HostReport>[];
}

export function openContender(name: string, kind: ServerKind, processes: number, cpuProfileDir: string | null): Contender {
  const hosts = Array.from({ length: processes }, (_, i) => {
    const label = processes > 1 ? `${name}-${i}` : name;
    // V8 CPU profiles (open in Chrome DevTools) are how to find where a server spends its time.
    // One folder per server: tsx's loader thread writes a (small) profile of its own next to the main thread's.
    const flags = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(cpuProfileDir, `${label}-server`)}`] : [];
    return new Channel<HostCommand, HostReport>('./serverHost.ts', `${label} server host`, flags);
  });
  return { name, kind, hosts, started: null, samples: [], timeouts: 0, peakRssBytes: 0, lastRssBytes: 0 };
}

const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);

/**
 * Starts each host in turn (the first process on an empty database seeds it; the others join) and connects its share of
 * the screens; the contender's start report is the sum of its hosts'.
 */
export async function startContender(contender: Contender, config: BenchConfig, payload: object | null, env?: Record<string, string>): Promise<StartedReport> {
  const n = contender.hosts.length;
  const reports: StartedReport[] = [];
  for (const [i, host] of contender.hosts.entries()) {
    const started = host.next('started');
    host.send({
      type: 'start',
      kind: contender.kind,
      screens: Math.floor(config.screens / n) + (i < config.screens % n ? 1 : 0),
      screenRecords: config.screenRecords,
      screenProcesses: config.screenProcesses,
      batchSize: config.batchSize,
      payload,
      ...(env ? { env } : {}),
    });
    reports.push(await started);
  }
  const first = reports[0]!;
  contender.started = {
    type: 'started',
    url: first.url,
    connect: {
      connected: sum(reports.map((r) => r.connect.connected)),
      failed: sum(reports.map((r) => r.connect.failed)),
      firstError: reports.find((r) => r.connect.firstError)?.connect.firstError ?? null,
      elapsedMs: sum(reports.map((r) => r.connect.elapsedMs)),
      screensRssBytes: sum(reports.map((r) => r.connect.screensRssBytes)),
    },
    rssBeforeConnectBytes: sum(reports.map((r) => r.rssBeforeConnectBytes)),
    rssAfterConnectBytes: sum(reports.map((r) => r.rssAfterConnectBytes)),
    sample: first.sample,
  };
  return contender.started;
}

/** One round: arm every host's screens, take t0, make the change, wait until every screen of every host has it. */
export async function runRound(contender: Contender, round: number, config: BenchConfig, save: ((round: number) => Promise<void>) | null): Promise<void> {
  const armed = contender.hosts.map((h) => h.next('armed'));
  const outcomes = contender.hosts.map((h) => h.next('round'));
  for (const host of contender.hosts) host.send({ type: 'arm', round, timeoutMs: config.roundTimeoutMs });
  await Promise.all(armed);
  let t0 = wallNow();
  let replyMs: number | null = null;
  if (save) {
    await save(round);
    replyMs = wallNow() - t0;
  } else {
    for (const host of contender.hosts) host.send({ type: 'broadcast', round });
  }
  const results = await Promise.all(outcomes);
  const broadcastAt = results.find((r) => r.broadcastAt !== null)?.broadcastAt;
  if (broadcastAt !== undefined && broadcastAt !== null) t0 = broadcastAt;
  const rssBytes = sum(results.map((r) => r.rssBytes));
  contender.peakRssBytes = Math.max(contender.peakRssBytes, rssBytes);
  contender.lastRssBytes = rssBytes;
  if (round < config.warmup) return;
  const received = sum(results.map((r) => r.received));
  const expected = sum(results.map((r) => r.expected));
  if (received < expected) {
    contender.timeouts += 1;
    process.stderr.write(`  ${contender.name} round ${round}: only ${received}/${expected} screens got the change within ${config.roundTimeoutMs} ms\n`);
    return;
  }
  contender.samples.push({
    lastMs: Math.max(...results.map((r) => r.lastArrival)) - t0,
    firstMs: Math.min(...results.map((r) => r.firstArrival || Infinity)) - t0,
    replyMs,
    serverCpuMs: sum(results.map((r) => r.serverCpuMs)),
    screensCpuMs: sum(results.map((r) => r.screensCpuMs)),
  });
}

/** A server process drains on SIGTERM (up to ~6 s) before its host can leave: give it that long before a kill. */
export const closeContender = (contender: Contender) =>
  Promise.all(contender.hosts.map((h) => h.close({ type: 'close' }, contender.kind === 'process' ? 15_000 : 5000)));
