import type { TestProject } from 'vitest/node';
import { serverBundleForRun } from './buildServer.ts';
import { pgUnavailableReason, startPgCluster, type PgCluster } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of this run's throwaway PostgreSQL cluster; null when PostgreSQL is not installed. */
    pgClusterUrl: string | null;
    /** Why there is no cluster (shown as the skip reason of PostgreSQL tests). */
    pgUnavailable: string | null;
  }
}

/**
 * Once per Vitest run: compile the server for the tests that start it as a real process (startup.test.ts), and start a
 * throwaway PostgreSQL cluster for the store conformance and cluster tests (issue #15). BANGTIN_TEST_PG_URL points the
 * tests at an existing server instead (its role must be allowed to create databases). Under `npm test` both come ready
 * from tests/prepareRun.ts (started beside the static checks): BANGTIN_SERVER_BUNDLE and BANGTIN_TEST_PG_URL.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let cluster: PgCluster | null = null;
  const external = process.env.BANGTIN_TEST_PG_URL ?? null;
  const unavailable = external ? null : pgUnavailableReason();
  // CI installs PostgreSQL (.ci/run): there a missing cluster is a failure, never a quiet skip.
  if (unavailable && process.env.CI) throw new Error(`CI needs PostgreSQL for the store and cluster tests: ${unavailable}`);
  const [bundle] = await Promise.all([
    serverBundleForRun(),
    external || unavailable ? Promise.resolve() : startPgCluster().then((started) => void (cluster = started)),
  ]);
  process.env.BANGTIN_SERVER_BUNDLE = bundle;
  const started = cluster as PgCluster | null;
  project.provide('pgClusterUrl', external ?? started?.url ?? null);
  project.provide('pgUnavailable', unavailable);
  return async () => {
    await started?.stop();
  };
}
