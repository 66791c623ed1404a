#!/usr/bin/env node
// `npm test`: static checks, then every test layer, then one closing line that CI reads:
//   "N passed, M failed[, K skipped]"  — summed from Vitest's (node + component projects) and Playwright's JSON reports.
// The suite's wall-clock duration is printed just before it (that summary line stays last).
// Exits non-zero when anything failed. The typecheck and the lint count as one test each.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const startedAt = Date.now();

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = path.join(root, 'tests', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
const run = (title, command, args, extraEnv = {}) => {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const since = Date.now();
  const ok = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } }).status === 0;
  console.log(`=== ${title}: ${ok ? 'ok' : 'FAILED'} in ${seconds(since)}`);
  return ok;
};
/** Runs a command with its output held back, then prints it as one block: the static checks run side by side. */
const runQuietly = (title, command, args) =>
  new Promise((resolve) => {
    const since = Date.now();
    const child = spawn(command, args, { cwd: root, env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      console.log(`=== ${title}: ${code === 0 ? 'ok' : 'FAILED'} in ${seconds(since)}`);
      resolve(code === 0);
    });
  });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const check = (name, ok) => {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
};

// Typecheck, lint and build are independent and mostly single-threaded: side by side they take the longest one's time.
// The lint (`npm run lint`, one eslint over `.`) is that longest one, so it runs here as two eslint processes that
// together cover exactly the same files: admin/ (where the React Compiler rules cost most) and everything else.
// One process alone ran on one core for its last ≈ 25 s while the other core stood idle.
const eslint = ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0'];
const [typed, lintedConsole, lintedRest, built] = await Promise.all([
  runQuietly('typecheck', 'npm', ['run', '--silent', 'typecheck']),
  runQuietly('lint admin/', 'node', [...eslint, 'admin']),
  runQuietly('lint all but admin/', 'node', [...eslint, '--ignore-pattern', 'admin/**', '.']),
  runQuietly('build pages', 'npm', ['run', '--silent', 'build']),
]);
check('typecheck', typed);
check('lint', lintedConsole && lintedRest);
check('build', built);

const vitestJson = path.join(reports, 'vitest.json');
run('unit + integration (vitest)', 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts'], { VITEST_JSON: vitestJson });
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.numFailedTests > 0 || r.success === false) failures.push('vitest');
} else {
  check('vitest report', false);
}

const playwrightJson = path.join(reports, 'playwright.json');
if (built) {
  run('end to end (playwright, chromium)', 'npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts'], {
    PLAYWRIGHT_JSON: playwrightJson,
  });
  if (existsSync(playwrightJson)) {
    const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    skipped += s.skipped;
    if (s.unexpected > 0) failures.push('playwright');
    if ((s.errors?.length ?? 0) > 0) check('playwright run errors', false);
  } else {
    check('playwright report', false);
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
const total = Math.round((Date.now() - startedAt) / 1000);
console.log(`\nSuite duration: ${total} s (${Math.floor(total / 60)} min ${total % 60} s)`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
