/**
 * `npm run bench`: how long an admin save takes to reach the last of N screens, against a bare Socket.IO
 * server broadcasting the same payload to the same number of screens, on the same machine, in the same run.
 * Target (issue): 1,000 screens, p99 ≤ 100 ms, no worse than 2× the bare server. A benchmark, not a test:
 * it exits 0 once it has measured, and says whether the target was met.
 *
 *   npm run bench                                  (1,000 screens, 30 rounds + 3 warm-up)
 *   SCREENS=200 ROUNDS=10 npm run bench            (or: npm run bench -- --screens 200 --rounds 10)
 *
 * Other knobs: SCREEN_RECORDS (screen records the screens are spread over, default 1: all are the gate
 * screen, one room, one snapshot per change), CLIENT_PROCS (screen processes per server, default 1),
 * BATCH (connections opened at once, 50), GAP_MS (pause between rounds, 100), ROUND_TIMEOUT_MS (10000),
 * CPU_PROF_DIR (write a V8 CPU profile of each server process there).
 *
 * Processes: this one is the admin (it saves over HTTP) and keeps score; each server runs in a fresh
 * process (serverHost.ts) with its own screen process (clients.ts). Both servers stay up and the rounds
 * alternate between them, so a noisy neighbour on the machine hurts both alike.
 */
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { signInAsAdmin } from './admin.ts';
import { BenchConfigError, openFilesLimit, readConfig, type BenchConfig } from './config.ts';
import { Channel } from './ipc.ts';
import { wallNow, type HostCommand, type HostReport, type ServerKind, type StartedReport } from './protocol.ts';
import { report, type Score } from './report.ts';

interface Host extends Score {
  kind: ServerKind;
  channel: Channel<HostCommand, HostReport>;
}

function openHost(kind: ServerKind, cpuProfileDir: string | null): Host {
  // V8 CPU profiles (open in Chrome DevTools) are how to find where a server spends its time.
  // One folder per server: tsx's loader thread writes a (small) profile of its own next to the main thread's.
  const flags = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(cpuProfileDir, `${kind}-server`)}`] : [];
  const channel = new Channel<HostCommand, HostReport>('./serverHost.ts', `${kind} server host`, flags);
  return { kind, channel, started: null, samples: [], timeouts: 0, peakRssBytes: 0, lastRssBytes: 0 };
}

async function startHost(host: Host, config: BenchConfig, payload: object | null): Promise<StartedReport> {
  const started = host.channel.next('started');
  host.channel.send({
    type: 'start',
    kind: host.kind,
    screens: config.screens,
    screenRecords: config.screenRecords,
    screenProcesses: config.screenProcesses,
    batchSize: config.batchSize,
    payload,
  });
  host.started = await started;
  return host.started;
}

/** One round on one server: arm its screens, take t0, make the change, wait for every screen to have it. */
async function runRound(host: Host, round: number, config: BenchConfig, save: ((round: number) => Promise<void>) | null): Promise<void> {
  const armed = host.channel.next('armed');
  const outcome = host.channel.next('round');
  host.channel.send({ type: 'arm', round, timeoutMs: config.roundTimeoutMs });
  await armed;
  let t0 = wallNow();
  let replyMs: number | null = null;
  if (save) {
    await save(round);
    replyMs = wallNow() - t0;
  } else {
    host.channel.send({ type: 'broadcast', round });
  }
  const result = await outcome;
  if (result.broadcastAt !== null) t0 = result.broadcastAt;
  host.peakRssBytes = Math.max(host.peakRssBytes, result.rssBytes);
  host.lastRssBytes = result.rssBytes;
  if (round < config.warmup) return;
  if (result.received < result.expected) {
    host.timeouts += 1;
    process.stderr.write(`  ${host.kind} round ${round}: only ${result.received}/${result.expected} screens got the change within ${config.roundTimeoutMs} ms\n`);
    return;
  }
  host.samples.push({
    lastMs: result.lastArrival - t0,
    firstMs: result.firstArrival - t0,
    replyMs,
    serverCpuMs: result.serverCpuMs,
    screensCpuMs: result.screensCpuMs,
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  const limit = openFilesLimit();
  process.stdout.write(
    `Broadcast benchmark: ${config.screens} screens on ${config.screenRecords} screen record(s) ` +
      `(${config.screenProcesses} screen process(es) per server), ` +
      `${config.rounds} rounds + ${config.warmup} warm-up per server; ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(2)}, ` +
      `open-files limit ${limit ?? 'unknown'}\n`,
  );
  // Limits are per process; each screen process and each server holds about one descriptor per screen.
  if (limit !== null && limit < config.screens / config.screenProcesses + 200) {
    process.stdout.write(`warning: open-files limit ${limit} is low for ${config.screens} screens; run \`ulimit -n 4096\` first\n`);
  }

  const bangtin = openHost('bangtin', config.cpuProfileDir);
  const bare = openHost('bare', config.cpuProfileDir);
  try {
    process.stdout.write('starting Bảng tin and connecting its screens …\n');
    const started = await startHost(bangtin, config, null);
    const payload = started.sample;
    if (typeof payload !== 'object' || payload === null) throw new Error('the screens received no snapshot to replay in the baseline');
    const admin = await signInAsAdmin(started.url);
    process.stdout.write('starting the bare Socket.IO server and connecting its screens …\n');
    await startHost(bare, config, payload);

    process.stdout.write(`running ${config.warmup + config.rounds} rounds on each, alternating …\n`);
    for (let round = 0; round < config.warmup + config.rounds; round++) {
      // Alternate who goes first, so neither always runs right after the other's burst.
      const order = round % 2 === 0 ? [bangtin, bare] : [bare, bangtin];
      for (const host of order) {
        await runRound(host, round, config, host === bangtin ? admin.save : null);
        await sleep(config.gapMs);
      }
    }
    report(config, bangtin, bare, Buffer.byteLength(JSON.stringify(payload)));
  } finally {
    await Promise.all([bangtin.channel.close({ type: 'close' }, 5000), bare.channel.close({ type: 'close' }, 5000)]);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const detail = error instanceof BenchConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`benchmark failed: ${detail}\n`);
    process.exit(1);
  },
);
