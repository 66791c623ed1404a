import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { serverBundleForRun } from '../helpers/buildServer.ts';
import { startServerProcess, tempDataDir } from '../helpers/serverProcess.ts';
import { ADMIN_PASSWORD } from './fixtures.ts';

/**
 * A DATA_DIR holding what a first start writes (demo content, the admin's password hash), for every e2e test server to
 * start from as a copy. Needs BANGTIN_SERVER_BUNDLE. The folder is removed when this process exits, or by its caller.
 */
export async function seedE2eDataDir(): Promise<string> {
  const seed = tempDataDir('e2e-seed');
  const server = await startServerProcess({ DATA_DIR: seed, ADMIN_PASSWORD });
  await server.stop();
  return seed;
}

/**
 * Once per Playwright run: compile the server (every test server then starts with plain `node`), and seed one DATA_DIR
 * that each test server starts from as a copy. Workers inherit both through the environment. Under `npm test` both
 * were prepared beside the static checks (tests/prepareRun.ts) and come in as BANGTIN_SERVER_BUNDLE / BANGTIN_SEED_DIR:
 * then this only checks them, and the seed is left to its owner to remove.
 */
export default async function globalSetup(): Promise<() => void> {
  process.env.BANGTIN_SERVER_BUNDLE = await serverBundleForRun();
  const given = process.env.BANGTIN_SEED_DIR;
  if (given && existsSync(path.join(given, 'db.json'))) return () => undefined;
  const seed = await seedE2eDataDir();
  process.env.BANGTIN_SEED_DIR = seed;
  // Returned: Playwright runs it as the global teardown, once every worker is done with the seed.
  return () => rmSync(seed, { recursive: true, force: true });
}
