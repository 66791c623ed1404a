import { rmSync } from 'node:fs';
import { buildServerBundle } from '../helpers/buildServer.ts';
import { startServerProcess, tempDataDir } from '../helpers/serverProcess.ts';
import { ADMIN_PASSWORD } from './fixtures.ts';

/**
 * Once per Playwright run: compile the server (every test server then starts with plain `node`), and seed one DATA_DIR
 * (demo content, the admin's password hash) that each test server starts from as a copy. Workers inherit both through
 * the environment.
 */
export default async function globalSetup(): Promise<() => void> {
  process.env.BANGTIN_SERVER_BUNDLE = await buildServerBundle();
  const seed = tempDataDir('e2e-seed');
  const server = await startServerProcess({ DATA_DIR: seed, ADMIN_PASSWORD });
  await server.stop();
  process.env.BANGTIN_SEED_DIR = seed;
  // Returned: Playwright runs it as the global teardown, once every worker is done with the seed.
  return () => rmSync(seed, { recursive: true, force: true });
}
