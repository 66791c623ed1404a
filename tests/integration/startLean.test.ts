import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServerProcess, tempDataDir } from '../helpers/serverProcess.ts';

/**
 * Loaded once in the server process (NODE_OPTIONS --import), before main: when the server prints its /admin/ line it
 * first prints the packages Node has required so far (require.cache: every CommonJS package, imported or required), and
 * whether its SIGTERM handler is in place yet.
 */
const PROBE = `
import { createRequire } from 'node:module';
const cache = createRequire(import.meta.url).cache;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  if (String(chunk).includes('/admin/')) {
    const names = Object.keys(cache).map((file) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(file)?.[1]).filter(Boolean);
    write('LOADED ' + JSON.stringify([...new Set(names)]) + '\\n');
    write('SIGTERM_LISTENERS ' + process.listenerCount('SIGTERM') + '\\n');
  }
  return write(chunk, ...rest);
};
`;

// One real start from source (≈ 3 CPU-s with the tsx transpile): the packages below cost every server start ≈ 0.5 CPU-s when they loaded eagerly.
describe('a server restart on its data file does only the work every start needs', { timeout: 60_000 }, () => {
  it('listens without loading pdf-lib, selfsigned, pg, prom-client or qrcode (each loads at its first use); stopped the moment it says it is ready, it still drains and exits 0', async () => {
    const dir = tempDataDir('lean');
    const probe = path.join(dir, 'probe.mjs');
    writeFileSync(probe, PROBE);
    // From source, as `npm start` runs it: the test bundle carries its packages inside (buildServer.ts), so only an
    // unbundled start shows which packages load.
    const server = await startServerProcess(
      { DATA_DIR: dir, ADMIN_PASSWORD: 'lean-start-password', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${probe}`.trim() },
      { fromSource: true },
    );
    try {
      const loaded = JSON.parse(/LOADED (\[.*\])/.exec(server.output())?.[1] ?? 'null') as string[] | null;
      // The probe sees packages at all: express and socket.io (CommonJS, needed by every start) are there.
      expect(loaded).toEqual(expect.arrayContaining(['express', 'socket.io']));
      for (const lazy of ['pdf-lib', 'selfsigned', '@peculiar/x509', 'pg', 'prom-client', 'qrcode']) expect(loaded, lazy).not.toContain(lazy);
      // The ready line comes after the SIGTERM handler: printed before it, a supervisor stopping the server at once hit
      // SIGTERM's default action (from source, 14 starts in 20 on a loaded machine ended by the signal, undrained).
      expect(/SIGTERM_LISTENERS (\d+)/.exec(server.output())?.[1]).toBe('1');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
