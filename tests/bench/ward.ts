import pg from 'pg';
import { buildServerBundle } from '../helpers/buildServer.ts';
import { createTestDatabase, startPgCluster, type PgCluster } from '../helpers/postgres.ts';
import { signInAsAdmin } from './admin.ts';
import type { BenchConfig } from './config.ts';
import { closeContender, openContender, runRound, startContender, type Contender } from './contender.ts';
import { wardReport } from './wardReport.ts';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function dropDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * `PROCESSES=3 DATABASE_URL=… npm run bench` (issue #15): the same save → last screen measure on a ward's deployment —
 * PROCESSES real server processes (server/src/main.ts, compiled once) on one PostgreSQL database, the screens split evenly
 * between them (as a least-connections proxy would), the save made through the first — beside ONE real server process on
 * PostgreSQL with the same number of screens, and the bare Socket.IO server. Each runs on a database of its own created
 * on DATABASE_URL's server (its role needs CREATEDB; both are dropped at the end); without DATABASE_URL a throwaway
 * cluster is started (tests/helpers/postgres.ts). All three stay up and the rounds rotate between them.
 */
export async function runWard(config: BenchConfig): Promise<void> {
  process.env.BANGTIN_SERVER_BUNDLE = await buildServerBundle();
  let throwaway: PgCluster | null = null;
  if (!config.databaseUrl) process.stdout.write('no DATABASE_URL: starting a throwaway PostgreSQL cluster …\n');
  const serverUrl = config.databaseUrl ?? (throwaway = await startPgCluster()).url;
  const databases: string[] = [];
  const contenders: Contender[] = [];
  try {
    const wardDb = await createTestDatabase(serverUrl, 'bench_ward');
    databases.push(wardDb);
    const singleDb = await createTestDatabase(serverUrl, 'bench_single');
    databases.push(singleDb);
    const ward = openContender(`${config.processes} processes`, 'process', config.processes, config.cpuProfileDir);
    const single = openContender('1 process', 'process', 1, config.cpuProfileDir);
    const bare = openContender('bare Socket.IO', 'bare', 1, config.cpuProfileDir);
    contenders.push(ward, single, bare);

    process.stdout.write(`starting ${config.processes} processes on one database and connecting their screens …\n`);
    const wardStarted = await startContender(ward, config, null, { DATABASE_URL: wardDb });
    const wardAdmin = await signInAsAdmin(wardStarted.url);
    process.stdout.write('starting one process on its own database and connecting its screens …\n');
    const singleStarted = await startContender(single, config, null, { DATABASE_URL: singleDb });
    const singleAdmin = await signInAsAdmin(singleStarted.url);
    const payload = singleStarted.sample;
    if (typeof payload !== 'object' || payload === null) throw new Error('the screens received no snapshot to replay in the baseline');
    process.stdout.write('starting the bare Socket.IO server and connecting its screens …\n');
    await startContender(bare, config, payload);

    const saves = new Map<Contender, ((round: number) => Promise<void>) | null>([
      [ward, wardAdmin.save],
      [single, singleAdmin.save],
      [bare, null],
    ]);
    process.stdout.write(`running ${config.warmup + config.rounds} rounds on each, rotating …\n`);
    for (let round = 0; round < config.warmup + config.rounds; round++) {
      // Rotate who goes first, so none always runs right after another's burst.
      const order = [0, 1, 2].map((i) => contenders[(i + round) % 3]!);
      for (const contender of order) {
        await runRound(contender, round, config, saves.get(contender) ?? null);
        await sleep(config.gapMs);
      }
    }
    wardReport(config, { ward, single, bare }, Buffer.byteLength(JSON.stringify(payload)));
  } finally {
    await Promise.all(contenders.map(closeContender));
    for (const db of databases) {
      await dropDatabase(serverUrl, db).catch((error: unknown) => process.stderr.write(`could not drop ${new URL(db).pathname}: ${String(error)}\n`));
    }
    await throwaway?.stop();
  }
}
