/**
 * The IPC contracts of the benchmark's three kinds of process:
 *   conductor (broadcast.bench.ts: the admin, and the one who keeps score)
 *     → server hosts (serverHost.ts: one Bảng tin, one bare Socket.IO, each in a fresh process)
 *       → screen processes (clients.ts: the simulated screens of that server).
 * Times are wall-clock high-resolution milliseconds (`wallNow`), comparable across processes on one machine.
 */

/** The admin account the Bảng tin host seeds and the conductor signs in with. */
export const BENCH_ADMIN = { username: 'admin', password: 'bench-admin-password' } as const;

/**
 * The screen records the simulated screens name at the handshake: the demo's gate screen, plus copies of it
 * when the run spreads the screens over several records (each record is one room and one snapshot).
 */
export const benchScreenSlugs = (records: number): string[] =>
  Array.from({ length: records }, (_, i) => (i === 0 ? 'gate' : `bench-${i}`));

// ── host → screen process ──────────────────────────────────────────────────────────────────────

export interface ConnectCommand {
  type: 'connect';
  /** e.g. http://127.0.0.1:41234/display */
  url: string;
  /** Screen i of this process names itself slugs[(firstIndex + i) % slugs.length]. */
  slugs: string[];
  firstIndex: number;
  count: number;
  /** Connections opened at once; the next batch starts when this one has its first snapshots. */
  batchSize: number;
  timeoutMs: number;
}

/** Reset every socket's "received this round" flag; the screens answer `armed`. */
export interface ArmCommand {
  type: 'arm';
  round: number;
  timeoutMs: number;
}

export interface SampleCommand {
  type: 'sample';
}

export interface CloseCommand {
  type: 'close';
}

export type ScreensCommand = ConnectCommand | ArmCommand | SampleCommand | CloseCommand;

export interface ConnectedReport {
  type: 'connected';
  connected: number;
  failed: number;
  /** First failure, if any (e.g. EMFILE when `ulimit -n` is too low). */
  firstError: string | null;
  elapsedMs: number;
  rssBytes: number;
}

export interface ArmedReport {
  type: 'armed';
  round: number;
}

/** A round ends when every socket got a snapshot with a new version, or on timeout (received < expected). */
export interface ScreensRoundReport {
  type: 'round';
  round: number;
  expected: number;
  received: number;
  firstArrival: number;
  lastArrival: number;
  /** CPU (user + system) the screen process spent between arming and the last arrival. */
  cpuMs: number;
}

export interface SampleReport {
  type: 'sample';
  /** The last snapshot one socket received, as received (the payload the baseline re-broadcasts). */
  snapshot: unknown;
}

export interface ErrorReport {
  type: 'error';
  message: string;
}

export type ScreensReport = ConnectedReport | ArmedReport | ScreensRoundReport | SampleReport | ErrorReport;

// ── conductor → server host ────────────────────────────────────────────────────────────────────

/** `process`: the real server (main.ts) in a child process of the host, e.g. one of a ward's processes on PostgreSQL. */
export type ServerKind = 'bangtin' | 'bare' | 'process';

export interface StartCommand {
  type: 'start';
  kind: ServerKind;
  screens: number;
  /** How many screen records (rooms) the screens are spread over; 1 = all of them are the gate screen. */
  screenRecords: number;
  screenProcesses: number;
  batchSize: number;
  /** What the bare server greets and broadcasts with; null for Bảng tin (it builds its own snapshots). */
  payload: object | null;
  /** `process` only: environment of the server process (DATABASE_URL …). */
  env?: Record<string, string>;
}

/** Bare host only: emit the payload (re-versioned for `round`) to every screen now. */
export interface BroadcastCommand {
  type: 'broadcast';
  round: number;
}

export type HostCommand = StartCommand | ArmCommand | BroadcastCommand | CloseCommand;

export interface ConnectSummary {
  connected: number;
  failed: number;
  firstError: string | null;
  elapsedMs: number;
  screensRssBytes: number;
}

export interface StartedReport {
  type: 'started';
  url: string;
  connect: ConnectSummary;
  rssBeforeConnectBytes: number;
  rssAfterConnectBytes: number;
  /** A snapshot as the screens received it on connect. */
  sample: unknown;
}

export interface HostRoundReport {
  type: 'round';
  round: number;
  expected: number;
  received: number;
  firstArrival: number;
  lastArrival: number;
  /** Bare host: when it called emit (the round's t0). Null for Bảng tin, where the conductor's save is t0. */
  broadcastAt: number | null;
  /** CPU the server process spent between arming and the last arrival: the server-side cost of one change. */
  serverCpuMs: number;
  screensCpuMs: number;
  rssBytes: number;
}

export type HostReport = StartedReport | ArmedReport | HostRoundReport | ErrorReport;

// ── helpers ────────────────────────────────────────────────────────────────────────────────────

/** Wall-clock milliseconds with sub-millisecond resolution, comparable between processes. */
export const wallNow = (): number => performance.timeOrigin + performance.now();

/** CPU (user + system) in milliseconds since `since` (a `process.cpuUsage()` reading). */
export const cpuMsSince = (since: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

/** IPC messages come only from our own processes; checking the tag is enough to trust the shape. */
export function isMessage<M extends { type: string }>(value: unknown): value is M {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Lets a child process reply to its parent (typed by the contract it speaks). */
export function replyToParent<M extends { type: string }>(message: M): void {
  process.send?.(message);
}
