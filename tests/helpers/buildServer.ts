import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './serverProcess.ts';

/** Where the compiled server goes: beside its sources, so `main.ts`'s repo-root lookup and package resolution hold. */
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'server', 'dist', 'main.mjs');

/**
 * Compiles server/src/main.ts (with the workspace's own TypeScript packages) into ES modules, once per test run, so
 * each server process a test starts is a plain `node` start instead of a tsx transpile of the whole tree. Packages
 * from node_modules stay imports. Tests find it through BANGTIN_SERVER_BUNDLE (see startServerProcess).
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
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [
      {
        name: 'workspace-only',
        setup(b) {
          // Bare imports are node_modules packages (kept external), except this repo's own workspaces (TypeScript).
          b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@bangtin/') ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
  return SERVER_BUNDLE;
}
