import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './serverProcess.ts';

/** Where the compiled server goes: beside its sources, so `main.ts`'s repo-root lookup and package resolution hold. */
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'server', 'dist', 'main.mjs');

/**
 * Packages left as imports: native addons and WebAssembly (sharp, resvg, satori's yoga), and packages that find files
 * or start workers beside their own code (pino's transports, node-cron's daemon, node-pg-migrate's migration loader).
 * Also mime-db (an 851 KB JSON table) and iconv-lite (540 KB of code tables): Node loads them faster from their own files
 * (a JSON parse) than as the bundle's compiled object literals (a server start 0.73 → 0.67 CPU-s, medians of 6 alternating starts).
 */
const KEPT_EXTERNAL = ['sharp', '@img', '@resvg', 'satori', 'yoga-layout', 'pino', 'thread-stream', 'node-cron', 'node-pg-migrate', 'jiti', 'pg-native', 'mime-db', 'iconv-lite'];

function isKeptExternal(specifier: string): boolean {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return KEPT_EXTERNAL.some((kept) => name === kept || (kept.startsWith('@') && !kept.includes('/') && name.startsWith(`${kept}/`)));
}

/**
 * Compiles server/src/main.ts (with the workspace's own TypeScript packages) into ES modules, once per test run, so
 * each server process a test starts is a plain `node` start instead of a tsx transpile of the whole tree. Tests find it
 * through BANGTIN_SERVER_BUNDLE (see startServerProcess).
 *
 * The node_modules packages are bundled too, except the few in KEPT_EXTERNAL: resolving and loading some hundred
 * CommonJS files was a fifth of each start's CPU (1.55 → 1.25 CPU-s a start; the node project starts about twenty-five).
 */
export async function buildServerBundle(): Promise<string> {
  await build({
    entryPoints: [path.join(REPO_ROOT, 'server', 'src', 'main.ts')],
    outdir: path.dirname(SERVER_BUNDLE),
    outExtension: { '.js': '.mjs' },
    // Each `await import('./x.ts')` stays a separate file loaded on first use, as under tsx in production: without
    // splitting, the packages those lazy modules import (pdf-lib, …) would load on every test server's start.
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Beside the bundle, not inside it: node reads it only under --enable-source-maps, and inline it tripled the file.
    sourcemap: 'linked',
    logLevel: 'warning',
    // Bundled CommonJS packages call require(): give the ES module one.
    banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
    plugins: [
      {
        name: 'keep-external',
        setup(b) {
          // A package the server imports on first use (`await import('selfsigned')`, …) stays an import as well: it then
          // loads only when used and through Node's own CommonJS interop, exactly as under `npm start` (bundled, esbuild's
          // interop hid selfsigned's named export `generate`).
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.kind === 'dynamic-import' || isKeptExternal(args.path) ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  });
  return SERVER_BUNDLE;
}

/**
 * The bundle for a test runner's global setup: the one `npm test` already compiled beside its static checks (handed over
 * as BANGTIN_SERVER_BUNDLE by tests/prepareRun.ts), else — a runner started on its own — a new one.
 */
export async function serverBundleForRun(): Promise<string> {
  const given = process.env.BANGTIN_SERVER_BUNDLE;
  return given && existsSync(given) ? given : buildServerBundle();
}
