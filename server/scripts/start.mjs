#!/usr/bin/env node
// `npm start`: build the display and admin pages when they are missing or older than their sources, then run
// the server in this same process (TypeScript through tsx, so there is no separate server build to go stale).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sharedMtime = newestMtime(path.join(root, 'shared'));
for (const app of ['display', 'admin']) {
  const builtIndex = path.join(root, app, 'dist', 'index.html');
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const sourceAt = Math.max(newestMtime(path.join(root, app)), sharedMtime);
  if (builtAt >= sourceAt) continue;
  console.log(`Building ${app}/ (${builtAt ? 'sources changed' : 'first build'})…`);
  const result = spawnSync('npx', ['vite', 'build', '--config', `${app}/vite.config.ts`, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`Building ${app}/ failed; see the messages above.`);
    process.exit(result.status ?? 1);
  }
}

const { register } = await import('tsx/esm/api');
register();
await import('../src/main.ts');
