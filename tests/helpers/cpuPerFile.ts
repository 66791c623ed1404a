import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';

/**
 * Test-only measuring knob (VITEST_CPU=FILE, read in tests/vitest.config.ts): appends one line per test file with the CPU
 * the worker spent on it, its own and that of the child processes it started and reaped (server processes, initdb…).
 * Workers run one file at a time, so the delta between a file's first and last hook is that file's; wall durations
 * from the JSON report are not, on a machine shared with other work.
 */
const CLOCK_TICKS_PER_SECOND = 100;

function childrenCpuSeconds(): number {
  // /proc/self/stat fields 16 and 17 (cutime, cstime): CPU of reaped children, in clock ticks. The command name (field
  // 2) may hold spaces, so count from the closing parenthesis.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
}

function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

// Setup files run again before each test file (also with isolate: false): from here on, importing the file counts too.
const start = { own: ownCpuSeconds(), children: childrenCpuSeconds() };
// The worker's own CPU before its first file (process start, Vitest's runtime, the test environment): paid once per
// worker process, so a row with `startup` marks a new worker (counting them shows when Vitest replaced a worker). In a VM
// pool (vmForks) every file has a global object of its own: there `startup` is the process's CPU before that file.
const workerState = globalThis as { cpuPerFileStarted?: boolean };
const startup = workerState.cpuPerFileStarted ? undefined : start.own;
workerState.cpuPerFileStarted = true;
let file = 'unknown';
// eslint-disable-next-line no-empty-pattern -- Vitest hands the suite as the second argument, after a destructured context
beforeAll(({}, suite) => {
  file = 'filepath' in suite ? suite.filepath : suite.name;
});
afterAll(() => {
  const row = { file, pid: process.pid, startup, own: ownCpuSeconds() - start.own, children: childrenCpuSeconds() - start.children };
  appendFileSync(process.env.VITEST_CPU!, `${JSON.stringify(row)}\n`);
});
