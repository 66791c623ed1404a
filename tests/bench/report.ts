import type { StartedReport } from './protocol.ts';
import { TARGET_P99_MS, TARGET_RATIO, TARGET_SCREENS, type BenchConfig } from './config.ts';
import { mb, ms, round2, summarize, table, type Summary } from './stats.ts';

export interface RoundSample {
  /** t0 → the last screen has the change: the figure the issue asks for. */
  lastMs: number;
  /** t0 → the first screen has it: the server's work before the fan-out starts. */
  firstMs: number;
  /** t0 → the admin's HTTP reply (Bảng tin only). */
  replyMs: number | null;
  serverCpuMs: number;
  screensCpuMs: number;
}

/** What one server scored over the run. */
export interface Score {
  started: StartedReport | null;
  samples: RoundSample[];
  timeouts: number;
  peakRssBytes: number;
  lastRssBytes: number;
}

interface HostFigures {
  last: Summary;
  first: Summary;
  reply: Summary;
  serverCpu: Summary;
  screensCpu: Summary;
}

function figures(host: Score): HostFigures {
  const of = (pick: (s: RoundSample) => number | null) => summarize(host.samples.map(pick).filter((x): x is number => x !== null));
  return {
    last: of((s) => s.lastMs),
    first: of((s) => s.firstMs),
    reply: of((s) => s.replyMs),
    serverCpu: of((s) => s.serverCpuMs),
    screensCpu: of((s) => s.screensCpuMs),
  };
}

/** Prints the table, the verdict against the target, and one JSON line last. */
export function report(config: BenchConfig, bangtin: Score, bare: Score, payloadBytes: number): void {
  const a = figures(bangtin);
  const b = figures(bare);
  const ratioP50 = a.last.p50 / b.last.p50;
  const ratioP99 = a.last.p99 / b.last.p99;
  const out = process.stdout;
  const row = (name: string, f: HostFigures, host: Score) => [
    name,
    ms(f.last.p50),
    ms(f.last.p95),
    ms(f.last.p99),
    ms(f.last.max),
    ms(f.first.p50),
    ms(f.serverCpu.p50),
    ms(f.screensCpu.p50),
    String(host.timeouts),
  ];
  out.write(`\nChange → last screen: ${config.screens} screens on ${config.screenRecords} record(s), ${a.last.n} + ${b.last.n} measured rounds (after ${config.warmup} warm-up each), payload ${payloadBytes} bytes\n\n`);
  out.write(
    table(
      ['', 'p50', 'p95', 'p99', 'max', 'first p50', 'server CPU p50', 'screens CPU p50', 'timeouts'],
      [row('Bảng tin: admin PUT → publish', a, bangtin), row('bare Socket.IO: namespace.emit', b, bare)],
    ) + '\n\n',
  );
  out.write(`ratio Bảng tin / bare:  p50 ${ratioP50.toFixed(2)}×   p99 ${ratioP99.toFixed(2)}×\n`);
  out.write(`Bảng tin admin PUT → HTTP reply: p50 ${ms(a.reply.p50)}, p99 ${ms(a.reply.p99)}\n`);
  const rssLine = (host: Score) => {
    const s = host.started;
    if (!s) return '';
    return (
      `${mb(s.rssBeforeConnectBytes)} idle → ${mb(s.rssAfterConnectBytes)} with ${config.screens} screens ` +
      `(+${mb(s.rssAfterConnectBytes - s.rssBeforeConnectBytes)}), peak ${mb(host.peakRssBytes)}, end ${mb(host.lastRssBytes)}; ` +
      `connect ${(s.connect.elapsedMs / 1000).toFixed(1)} s`
    );
  };
  out.write(`server RSS, Bảng tin: ${rssLine(bangtin)}\n`);
  out.write(`server RSS, bare:     ${rssLine(bare)}\n`);
  out.write(
    `\n"first" = change → first screen (server work before the fan-out). "server CPU" = CPU time of the server process per change;\n` +
      `"screens CPU" = CPU time of the process(es) simulating the screens (all ${config.screens} parse every snapshot, on the same machine).\n` +
      `Percentiles are nearest-rank (with ${a.last.n} rounds p99 is ${a.last.n < 100 ? "the worst round" : "near the worst"}). The machine is shared and noisy: compare medians across runs.\n`,
  );

  const checks = [
    { label: `p99 ≤ ${TARGET_P99_MS} ms`, met: a.last.p99 <= TARGET_P99_MS && bangtin.timeouts === 0 },
    { label: `p50 ratio ≤ ${TARGET_RATIO}×`, met: ratioP50 <= TARGET_RATIO },
    { label: `p99 ratio ≤ ${TARGET_RATIO}×`, met: ratioP99 <= TARGET_RATIO },
  ];
  const allMet = checks.every((c) => c.met);
  out.write(
    `\nTARGET ${allMet ? 'MET' : 'NOT MET'} at ${config.screens} screens: ` +
      checks.map((c) => `${c.label}: ${c.met ? 'yes' : 'NO'}`).join(', ') +
      (config.screens < TARGET_SCREENS ? ` (the target is stated for ${TARGET_SCREENS} screens)` : '') +
      '\n',
  );

  const json = (f: HostFigures, host: Score) => ({
    lastMs: { p50: round2(f.last.p50), p95: round2(f.last.p95), p99: round2(f.last.p99), max: round2(f.last.max) },
    firstMsP50: round2(f.first.p50),
    serverCpuMsP50: round2(f.serverCpu.p50),
    screensCpuMsP50: round2(f.screensCpu.p50),
    timeouts: host.timeouts,
    rssMb: {
      idle: round2((host.started?.rssBeforeConnectBytes ?? 0) / 2 ** 20),
      connected: round2((host.started?.rssAfterConnectBytes ?? 0) / 2 ** 20),
      peak: round2(host.peakRssBytes / 2 ** 20),
    },
    connectMs: Math.round(host.started?.connect.elapsedMs ?? 0),
  });
  out.write(
    JSON.stringify({
      bench: 'broadcast',
      screens: config.screens,
      screenRecords: config.screenRecords,
      rounds: config.rounds,
      warmup: config.warmup,
      screenProcesses: config.screenProcesses,
      payloadBytes,
      bangtin: { ...json(a, bangtin), replyMsP50: round2(a.reply.p50) },
      bare: json(b, bare),
      ratio: { p50: round2(ratioP50), p99: round2(ratioP99) },
      targetMet: allMet,
    }) + '\n',
  );
}

