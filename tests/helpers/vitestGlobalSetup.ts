import { buildServerBundle } from './buildServer.ts';

/** Once per Vitest run: compile the server for the tests that start it as a real process (startup.test.ts). */
export default async function setup(): Promise<void> {
  process.env.BANGTIN_SERVER_BUNDLE = await buildServerBundle();
}
