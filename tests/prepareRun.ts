import { createInterface } from 'node:readline';
import { serverBundleForRun } from './helpers/buildServer.ts';
import { pgUnavailableReason, startPgCluster, type PgCluster } from './helpers/postgres.ts';
import { removeTempDirs } from './helpers/serverProcess.ts';
import { seedE2eDataDir } from './e2e/globalSetup.ts';

/**
 * `npm test`'s fixtures for both test runners, made once and beside the static checks (tests/run-all.mjs starts this
 * process with them): the compiled server, the e2e seed DATA_DIR, and the throwaway PostgreSQL cluster. Each runner's
 * global setup did this work itself at its start, with the CPU mostly idle, and the server was compiled twice.
 *
 * Protocol with run-all: one JSON line on stdout, the environment to hand to the runners (a part that failed is left
 * out, and its runner's global setup then makes it as it would alone); then `stop-pg` on stdin stops the cluster once
 * Vitest is done. When stdin ends (run-all finished, or died) or on SIGINT/SIGTERM, everything is stopped and removed.
 */
const warn = (what: string) => (error: unknown) => {
  console.error(`prepareRun: ${what} failed (its runner's global setup makes it instead):`, error);
  return null;
};

const wantsCluster = !process.env.BANGTIN_TEST_PG_URL && !pgUnavailableReason();
const clusterStarted: Promise<PgCluster | null> = wantsCluster ? startPgCluster().catch(warn('starting PostgreSQL')) : Promise.resolve(null);
let clusterStopped: Promise<void> | null = null;
const stopCluster = () =>
  (clusterStopped ??= clusterStarted.then((cluster) => cluster?.stop()).catch(warn('stopping PostgreSQL')).then(() => undefined));

async function prepare(): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  const [bundle, cluster] = await Promise.all([serverBundleForRun().catch(warn('compiling the server')), clusterStarted]);
  if (cluster) env.BANGTIN_TEST_PG_URL = cluster.url;
  if (!bundle) return env;
  env.BANGTIN_SERVER_BUNDLE = process.env.BANGTIN_SERVER_BUNDLE = bundle;
  const seed = await seedE2eDataDir().catch(warn('seeding the e2e DATA_DIR'));
  if (seed) env.BANGTIN_SEED_DIR = seed;
  return env;
}
const prepared = prepare();

// Cleaning up waits for the preparation to settle (every step of it is bounded), so nothing it starts outlives it.
let cleaning: Promise<void> | null = null;
const cleanUpAndExit = () =>
  (cleaning ??= prepared
    .then(stopCluster)
    .finally(() => {
      removeTempDirs();
      process.exit(0);
    }));

process.once('SIGINT', () => void cleanUpAndExit());
process.once('SIGTERM', () => void cleanUpAndExit());
createInterface({ input: process.stdin })
  .on('line', (line) => {
    if (line.trim() === 'stop-pg') void stopCluster().then(() => console.log('pg-stopped'));
  })
  .on('close', () => void cleanUpAndExit());

console.log(JSON.stringify(await prepared));
