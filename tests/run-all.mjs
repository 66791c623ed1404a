#!/usr/bin/env node
// `npm test`: static checks, then every test layer, then one closing line that CI reads:
//   "N passed, M failed[, K skipped]"  — summed from Vitest's (node + component projects) and Playwright's JSON reports.
// The suite's wall-clock duration is printed just before it (that summary line stays last).
// Exits non-zero when anything failed. The typecheck and the lint count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const startedAt = Date.now();

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = path.join(root, 'tests', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const run = (title, command, args, extraEnv = {}) => {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } }).status === 0;
};

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

check('typecheck', run('typecheck', 'npm', ['run', '--silent', 'typecheck']));
check('lint', run('lint', 'npm', ['run', '--silent', 'lint']));

const built = run('build pages', 'npm', ['run', '--silent', 'build']);
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
const seconds = Math.round((Date.now() - startedAt) / 1000);
console.log(`\nSuite duration: ${seconds} s (${Math.floor(seconds / 60)} min ${seconds % 60} s)`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
