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
 * Ward runs (issue #15, ward.ts): `PROCESSES=3 DATABASE_URL=postgres://… npm run bench` — the real server in PROCESSES
 * processes on one PostgreSQL database sharing the screens, beside one process on PostgreSQL with the same total and
 * the bare server (DATABASE_URL's role must be allowed to create databases; unset: a throwaway cluster).
 *
 * Processes: this one is the admin (it saves over HTTP) and keeps score; each server runs in a fresh
 * process (serverHost.ts) with its own screen process (clients.ts). Both servers stay up and the rounds
 * alternate between them, so a noisy neighbour on the machine hurts both alike.
 */
import { cpus, loadavg } from 'node:os';
import { signInAsAdmin } from './admin.ts';
import { BenchConfigError, openFilesLimit, readConfig } from './config.ts';
import { closeContender, openContender, runRound, startContender } from './contender.ts';
import { report } from './report.ts';

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

  // Ward runs (issue #15): N real server processes on PostgreSQL, beside one process and the bare server.
  if (config.processes > 1 || config.databaseUrl) {
    const { runWard } = await import('./ward.ts');
    return runWard(config);
  }

  const bangtin = openContender('bangtin', 'bangtin', 1, config.cpuProfileDir);
  const bare = openContender('bare', 'bare', 1, config.cpuProfileDir);
  try {
    process.stdout.write('starting Bảng tin and connecting its screens …\n');
    const started = await startContender(bangtin, config, null);
    const payload = started.sample;
    if (typeof payload !== 'object' || payload === null) throw new Error('the screens received no snapshot to replay in the baseline');
    const admin = await signInAsAdmin(started.url);
    process.stdout.write('starting the bare Socket.IO server and connecting its screens …\n');
    await startContender(bare, config, payload);

    process.stdout.write(`running ${config.warmup + config.rounds} rounds on each, alternating …\n`);
    for (let round = 0; round < config.warmup + config.rounds; round++) {
      // Alternate who goes first, so neither always runs right after the other's burst.
      const order = round % 2 === 0 ? [bangtin, bare] : [bare, bangtin];
      for (const contender of order) {
        await runRound(contender, round, config, contender === bangtin ? admin.save : null);
        await sleep(config.gapMs);
      }
    }
    report(config, bangtin, bare, Buffer.byteLength(JSON.stringify(payload)));
  } finally {
    await Promise.all([closeContender(bangtin), closeContender(bare)]);
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
