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
 * cluster is started (tests/helpers/postgres.ts). They run one after another (see `phase` below for why).
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

    // One contender at a time (unlike the one-process run, where both stay up and rounds alternate): three sets of
    // 10,000 live sockets answering pings every 5 s starve a 2-core machine's screen processes, and the servers then
    // drop the screens they think are gone. Each phase starts, measures, and closes before the next.
    let payload: unknown = null;
    const phase = async (contender: Contender, label: string, env?: Record<string, string>) => {
      process.stdout.write(`${label} …\n`);
      const started = await startContender(contender, config, contender.kind === 'bare' ? (payload as object) : null, env);
      const save = contender.kind === 'bare' ? null : (await signInAsAdmin(started.url)).save;
      payload ??= started.sample;
      if (typeof payload !== 'object' || payload === null) throw new Error('the screens received no snapshot to replay in the baseline');
      for (let round = 0; round < config.warmup + config.rounds; round++) {
        await runRound(contender, round, config, save);
        await sleep(config.gapMs);
      }
      await closeContender(contender);
    };
    await phase(single, 'one process on its own database: connecting the screens, then the rounds', { DATABASE_URL: singleDb });
    await phase(ward, `${config.processes} processes on one database: connecting the screens, then the rounds`, { DATABASE_URL: wardDb });
    await phase(bare, 'the bare Socket.IO server: connecting the screens, then the rounds');
    wardReport(config, { ward, single, bare }, Buffer.byteLength(JSON.stringify(payload)));
  } finally {
    await Promise.all(contenders.map(closeContender));
    for (const db of databases) {
      await dropDatabase(serverUrl, db).catch((error: unknown) => process.stderr.write(`could not drop ${new URL(db).pathname}: ${String(error)}\n`));
    }
    await throwaway?.stop();
  }
}
