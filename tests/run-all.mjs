#!/usr/bin/env node
// `npm test`: static checks, then every test layer, then one closing line that CI reads:
//   "N passed, M failed[, K skipped]"  — summed from Vitest's (node + component projects) and Playwright's JSON reports.
// The suite's wall-clock duration is printed just before it (that summary line stays last).
// Exits non-zero when anything failed. The typecheck and the lint count as one test each.
// Both runners' fixtures (compiled server, e2e seed DATA_DIR, PostgreSQL cluster) are made once, beside the static
// checks, by tests/prepareRun.ts, and removed at the end (startPrepare below).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const startedAt = Date.now();

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = path.join(root, 'tests', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
/** Each runner gets only its own fixtures: a Vitest test server given the e2e seed would start from the e2e admin. */
const pick = (from, ...keys) => Object.fromEntries(keys.filter((key) => from[key]).map((key) => [key, from[key]]));
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
const run = async (title, command, args, extraEnv = {}) => {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const since = Date.now();
  // Not spawnSync: this script's event loop keeps serving the fixtures process (startPrepare) meanwhile.
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = await new Promise((resolve) => {
    child.once('error', () => resolve(false));
    child.once('close', (code) => resolve(code === 0));
  });
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

/**
 * tests/prepareRun.ts, started beside the static checks: it compiles the server, seeds the e2e DATA_DIR and starts the
 * PostgreSQL cluster while the CPU is busy anyway, instead of each runner's global setup doing it (the server twice)
 * at its start with the CPU mostly idle. It stays up until the end, then stops and removes all of it (also when this
 * script dies: its stdin closes). Whatever it could not make, the runner's global setup makes as before.
 */
function startPrepare() {
  const since = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/prepareRun.ts'], { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => {
    child.once('close', resolve);
    child.once('error', resolve);
  });
  // It may be gone already when told to stop (its own failure is reported on its stderr).
  child.stdin.on('error', () => undefined);
  const lines = createInterface({ input: child.stdout });
  const pgStopped = new Promise((resolve) => {
    lines.on('line', (line) => line === 'pg-stopped' && resolve());
    void exited.then(resolve);
  });
  const prepared = new Promise((resolve) => {
    lines.once('line', (line) => {
      try {
        resolve(JSON.parse(line));
      } catch {
        resolve({});
      }
    });
    void exited.then(() => resolve({}));
  });
  // A safety net, not a measure (it takes seconds): a hung preparation must not hang the suite.
  const envReady = Promise.race([prepared, new Promise((resolve) => setTimeout(resolve, 180_000, {}).unref())]).then((ready) => {
    console.log(`\n=== test fixtures (server bundle, e2e seed, PostgreSQL): ${Object.keys(ready).join(', ') || 'none'} in ${seconds(since)}`);
    return ready;
  });
  return {
    env: envReady,
    stopPg: () => {
      child.stdin.write('stop-pg\n');
      return pgStopped;
    },
    async finish() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Playwright's runner compiles every spec and helper it loads (babel) into a cache in the temp folder, keyed by the
 * file's absolute path: on a fresh clone all of it is cold, and the runner's start spent ≈ 6 s on one core doing it
 * (`--list` of the whole suite: 8.7/7.4 s cold vs 2.9/3.0 s warm) while the other core stood idle. A `--list` at the
 * lowest priority fills that cache from CPU the other steps leave idle; stopped before Playwright starts if still going
 * (a half-written cache file fails its checksum and is compiled again, so stopping it is safe).
 */
function warmPlaywrightCache() {
  const child = spawn('nice', ['-n', '19', process.execPath, 'node_modules/@playwright/test/cli.js', 'test', '--config', 'tests/playwright.config.ts', '--list'], {
    cwd: root,
    env,
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => {
    child.once('close', resolve);
    child.once('error', resolve);
  });
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
}

/**
 * The two edges of a runner where the CPU can stand idle, in seconds: from its launch to its first test (file for
 * Vitest) starting, and between the last two tests (files) ending — one worker alone at the end.
 */
function printEdges(title, launched, spans) {
  if (!spans.length) return;
  const starts = spans.map(([start]) => start).sort((a, b) => a - b);
  const ends = spans.map(([, end]) => end).sort((a, b) => a - b);
  const apart = ends.length > 1 ? ends.at(-1) - ends.at(-2) : 0;
  console.log(`=== ${title}: first test started ${((starts[0] - launched) / 1000).toFixed(1)} s after launch; last two ended ${(apart / 1000).toFixed(1)} s apart`);
}

/** [start, end] in ms of every test result in a Playwright JSON report. */
function playwrightSpans(report) {
  const spans = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        for (const result of test.results) spans.push([Date.parse(result.startTime), Date.parse(result.startTime) + result.duration]);
    for (const child of suite.suites ?? []) visit(child);
  };
  report.suites.forEach(visit);
  return spans;
}

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
const prepare = startPrepare();
const stopWarmingPlaywright = warmPlaywrightCache();
const [typed, lintedConsole, lintedRest, built, prepared] = await Promise.all([
  runQuietly('typecheck', 'npm', ['run', '--silent', 'typecheck']),
  runQuietly('lint admin/', 'node', [...eslint, 'admin']),
  runQuietly('lint all but admin/', 'node', [...eslint, '--ignore-pattern', 'admin/**', '.']),
  runQuietly('build pages', 'npm', ['run', '--silent', 'build']),
  prepare.env,
]);
check('typecheck', typed);
check('lint', lintedConsole && lintedRest);
check('build', built);

const vitestJson = path.join(reports, 'vitest.json');
const vitestLaunched = Date.now();
await run('unit + integration (vitest)', 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts'], {
  ...pick(prepared, 'BANGTIN_SERVER_BUNDLE', 'BANGTIN_TEST_PG_URL'),
  VITEST_JSON: vitestJson,
});
// Only Vitest uses the cluster: it stops while Playwright starts.
const pgStopped = prepare.stopPg();
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.numFailedTests > 0) failures.push('vitest');
  // A run that failed outside any test (an unhandled error, a file that did not load) has no failed test to count.
  else if (r.success === false) check('vitest run errors', false);
  printEdges('vitest', vitestLaunched, r.testResults.map((file) => [file.startTime, file.endTime]));
} else {
  check('vitest report', false);
}

const playwrightJson = path.join(reports, 'playwright.json');
await stopWarmingPlaywright();
if (built) {
  const playwrightLaunched = Date.now();
  await run('end to end (playwright, chromium)', 'npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts'], {
    ...pick(prepared, 'BANGTIN_SERVER_BUNDLE', 'BANGTIN_SEED_DIR'),
    PLAYWRIGHT_JSON: playwrightJson,
  });
  if (existsSync(playwrightJson)) {
    const report = JSON.parse(readFileSync(playwrightJson, 'utf8'));
    const s = report.stats;
    printEdges('playwright', playwrightLaunched, playwrightSpans(report));
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    skipped += s.skipped;
    if (s.unexpected > 0) failures.push('playwright');
    if ((s.errors?.length ?? 0) > 0) check('playwright run errors', false);
  } else {
    check('playwright report', false);
  }
}

await pgStopped;
await prepare.finish();

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
const total = Math.round((Date.now() - startedAt) / 1000);
console.log(`\nSuite duration: ${total} s (${Math.floor(total / 60)} min ${total % 60} s)`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
