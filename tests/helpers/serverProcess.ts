import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const madeTempDirs = new Set<string>();
let removedAtExit = false;

/**
 * A new, empty folder for one test, removed by removeTempDirs: after each Vitest file (tests/helpers/tempDirsPerFile.ts),
 * else when the process exits (Playwright's runner and workers). It sits inside a temp folder of its own, so what a
 * server puts beside it (the feedback photos beside the media folder, `<media>-feedback`) goes with it.
 */
export function tempDataDir(label: string): string {
  const holder = mkdtempSync(path.join(os.tmpdir(), `bangtin-${label}-`));
  if (!removedAtExit) process.once('exit', removeTempDirs);
  removedAtExit = true;
  madeTempDirs.add(holder);
  const dir = path.join(holder, label);
  mkdirSync(dir);
  return dir;
}

/** Removes every folder tempDataDir made in this process so far (a server still writing into one gets a few retries). */
export function removeTempDirs(): void {
  for (const dir of madeTempDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  madeTempDirs.clear();
}

/**
 * A new DATA_DIR. When a test run prepared a seeded one (BANGTIN_SEED_DIR, see tests/e2e/globalSetup.ts), it starts as
 * a copy of it: the server then skips the first-start seeding and password hashing.
 */
export function seededDataDir(label: string): string {
  const dir = tempDataDir(label);
  const seed = process.env.BANGTIN_SEED_DIR;
  if (seed && existsSync(path.join(seed, 'db.json'))) copyFileSync(path.join(seed, 'db.json'), path.join(dir, 'db.json'));
  return dir;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * The real server (server/src/main.ts) as its own process, on a free port, with its own DATA_DIR. It runs the bundle
 * compiled once for this test run when there is one (BANGTIN_SERVER_BUNDLE, see buildServer.ts), else — or with
 * `fromSource` — through tsx, the way `npm start` runs it.
 */
export function startServerProcess(env: Record<string, string>, options: { fromSource?: boolean } = {}): Promise<ServerProcess> {
  const bundle = options.fromSource ? undefined : process.env.BANGTIN_SERVER_BUNDLE;
  const entry = bundle && existsSync(bundle) ? [bundle] : ['--import', 'tsx', 'server/src/main.ts'];
  const child = spawn(process.execPath, entry, {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise((resolve, reject) => {
    // A safety net, not a measure: a start takes about a second, but far longer on a machine shared with other work.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    const onData = () => {
      const match = /(https?):\/\/localhost:(\d+)\/admin\//.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve({
        child,
        url: `${match[1]}://127.0.0.1:${match[2]}`,
        output: () => out,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`server exited with ${code}:\n${out}`), { code, output: out }));
    });
  });
}

/** Runs the server expecting it to refuse to start; resolves with its exit code and output. */
export function runServerExpectingFailure(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return startServerProcess(env).then(
    async (server) => {
      await server.stop();
      throw new Error(`server started but should have refused:\n${server.output()}`);
    },
    (error: { code?: number | null; output?: string }) => ({ code: error.code ?? null, output: error.output ?? String(error) }),
  );
}
