import type { BenchConfig } from './config.ts';
import type { Contender } from './contender.ts';
import { mb, ms, round2, summarize, table } from './stats.ts';

const kbPerScreen = (c: Contender, screens: number) =>
  c.started ? (c.started.rssAfterConnectBytes - c.started.rssBeforeConnectBytes) / 1024 / screens : Number.NaN;

/** Prints the ward run's table (save → last screen, server CPU, RSS per screen), the ratios to the bare server, and a JSON line. */
export function wardReport(config: BenchConfig, runs: { ward: Contender; single: Contender; bare: Contender }, payloadBytes: number): void {
  const { ward, single, bare } = runs;
  const out = process.stdout;
  const figures = (c: Contender) => ({
    last: summarize(c.samples.map((s) => s.lastMs)),
    first: summarize(c.samples.map((s) => s.firstMs)),
    serverCpu: summarize(c.samples.map((s) => s.serverCpuMs)),
    reply: summarize(c.samples.flatMap((s) => (s.replyMs === null ? [] : [s.replyMs]))),
  });
  const f = new Map([ward, single, bare].map((c) => [c, figures(c)]));
  const b = f.get(bare)!;
  out.write(
    `\nSave → last screen: ${config.screens} screens per contender, ${config.rounds} rounds after ${config.warmup} warm-up, payload ${payloadBytes} bytes; ` +
      `${ward.name} share one PostgreSQL database, the save goes through the first\n\n`,
  );
  out.write(
    table(
      ['', 'p50', 'p95', 'p99', 'max', 'first p50', 'server CPU p50', 'RSS / screen', 'timeouts'],
      [ward, single, bare].map((c) => {
        const x = f.get(c)!;
        return [c.name, ms(x.last.p50), ms(x.last.p95), ms(x.last.p99), ms(x.last.max), ms(x.first.p50), ms(x.serverCpu.p50), `${kbPerScreen(c, config.screens).toFixed(1)} KB`, String(c.timeouts)];
      }),
    ) + '\n\n',
  );
  for (const c of [ward, single]) {
    const x = f.get(c)!;
    out.write(`${c.name} / bare: p50 ${(x.last.p50 / b.last.p50).toFixed(2)}×, p99 ${(x.last.p99 / b.last.p99).toFixed(2)}×; admin PUT → reply p50 ${ms(x.reply.p50)}\n`);
  }
  for (const c of [ward, single, bare]) {
    const s = c.started;
    if (s) out.write(`server RSS, ${c.name}: ${mb(s.rssBeforeConnectBytes)} idle → ${mb(s.rssAfterConnectBytes)} connected (summed over its processes), peak ${mb(c.peakRssBytes)}\n`);
  }
  out.write(
    '\n"server CPU" = CPU of the server process(es) per change, summed; "RSS / screen" = (RSS with the screens − RSS before) / screens.\n' +
      'The machine is shared and noisy: compare the ratios to the bare server from the same run, and medians across runs.\n',
  );
  const json = (c: Contender) => {
    const x = f.get(c)!;
    return {
      lastMs: { p50: round2(x.last.p50), p95: round2(x.last.p95), p99: round2(x.last.p99) },
      serverCpuMsP50: round2(x.serverCpu.p50),
      rssKbPerScreen: round2(kbPerScreen(c, config.screens)),
      timeouts: c.timeouts,
    };
  };
  out.write(
    JSON.stringify({
      bench: 'ward',
      processes: config.processes,
      screens: config.screens,
      rounds: config.rounds,
      payloadBytes,
      ward: json(ward),
      single: json(single),
      bare: json(bare),
      ratio: {
        ward: { p50: round2(f.get(ward)!.last.p50 / b.last.p50), p99: round2(f.get(ward)!.last.p99 / b.last.p99) },
        single: { p50: round2(f.get(single)!.last.p50 / b.last.p50), p99: round2(f.get(single)!.last.p99 / b.last.p99) },
      },
    }) + '\n',
  );
}
