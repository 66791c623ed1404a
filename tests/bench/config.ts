import { readFileSync } from 'node:fs';

/** The target: 1,000 screens, save → last screen p99 ≤ 100 ms, and at most 2× a bare Socket.IO broadcast. */
export const TARGET_SCREENS = 1000;
export const TARGET_P99_MS = 100;
export const TARGET_RATIO = 2;

/** A bad knob: reported as one line, without a stack. */
export class BenchConfigError extends Error {}

export interface BenchConfig {
  screens: number;
  screenRecords: number;
  rounds: number;
  warmup: number;
  screenProcesses: number;
  batchSize: number;
  gapMs: number;
  roundTimeoutMs: number;
  /** Where to write V8 CPU profiles of the two server processes; null = do not profile. */
  cpuProfileDir: string | null;
  /** Ward runs (issue #15): this many real server processes on one PostgreSQL database share the screens. */
  processes: number;
  /** PostgreSQL server for the ward runs (its role must be allowed to create databases); null = a throwaway cluster. */
  databaseUrl: string | null;
}

export function readConfig(argv: string[], env: NodeJS.ProcessEnv): BenchConfig {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i] ?? '');
    if (match?.[1]) args.set(match[1], match[2] ?? argv[++i] ?? '');
  }
  const int = (arg: string, name: string, fallback: number, min: number) => {
    const raw = args.get(arg) ?? env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new BenchConfigError(`${name} (--${arg}) must be an integer ≥ ${min}, got "${raw}"`);
    return value;
  };
  return {
    screens: int('screens', 'SCREENS', TARGET_SCREENS, 1),
    screenRecords: int('screen-records', 'SCREEN_RECORDS', 1, 1),
    rounds: int('rounds', 'ROUNDS', 30, 1),
    warmup: int('warmup', 'WARMUP', 3, 0),
    screenProcesses: int('client-procs', 'CLIENT_PROCS', 1, 1),
    batchSize: int('batch', 'BATCH', 50, 1),
    gapMs: int('gap-ms', 'GAP_MS', 100, 0),
    roundTimeoutMs: int('round-timeout-ms', 'ROUND_TIMEOUT_MS', 10_000, 100),
    cpuProfileDir: args.get('cpu-prof-dir') || env.CPU_PROF_DIR || null,
    processes: int('processes', 'PROCESSES', 1, 1),
    databaseUrl: args.get('database-url') || env.DATABASE_URL || null,
  };
}

/** The soft open-files limit: each screen costs one descriptor in its screen process and one in the server. */
export function openFilesLimit(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft && /^\d+$/.test(soft) ? Number(soft) : null;
  } catch {
    return null;
  }
}
