/**
 * Simulated screens: one process holding many socket.io-client connections, started by a server host so the
 * screens' work (parsing every snapshot) never shares the server's event loop. Each socket remembers the last
 * version it saw; a round records when each socket first sees a different one. Speaks protocol.ts over IPC.
 */
import { io, type Socket } from 'socket.io-client';
import { cpuMsSince, isMessage, replyToParent, wallNow, type ScreensCommand, type ScreensReport, type ScreensRoundReport } from './protocol.ts';

/** Only the field this process looks at; the rest of the snapshot is parsed by socket.io and dropped. */
interface VersionedPayload {
  version?: unknown;
}

const sockets: Socket[] = [];
/** Sockets the server dropped (e.g. pings unanswered on a starved machine): they can no longer receive a change. */
const dropped = new Map<string, number>();
const lastVersion: string[] = [];
let sample: unknown = null;

interface Round {
  round: number;
  received: Uint8Array;
  count: number;
  firstArrival: number;
  lastArrival: number;
  timer: NodeJS.Timeout;
  cpuAtArm: NodeJS.CpuUsage;
}
let current: Round | null = null;

const send = (message: ScreensReport) => replyToParent(message);

let closing = false;

function finishRound(round: Round): void {
  clearTimeout(round.timer);
  current = null;
  if (round.count < sockets.length && dropped.size > 0) {
    process.stderr.write(`  screens: sockets dropped by the server so far: ${[...dropped].map(([reason, n]) => `${n} (${reason})`).join(', ')}\n`);
  }
  const report: ScreensRoundReport = {
    type: 'round',
    round: round.round,
    expected: sockets.length,
    received: round.count,
    firstArrival: round.firstArrival,
    lastArrival: round.lastArrival,
    cpuMs: cpuMsSince(round.cpuAtArm),
  };
  send(report);
}

function onSnapshot(index: number, payload: VersionedPayload): void {
  const at = wallNow();
  const version = typeof payload.version === 'string' ? payload.version : '';
  if (index === 0) sample = payload;
  const changed = version !== lastVersion[index];
  lastVersion[index] = version;
  const round = current;
  if (!round || !changed || round.received[index]) return;
  round.received[index] = 1;
  round.count += 1;
  if (round.count === 1) round.firstArrival = at;
  round.lastArrival = at;
  if (round.count === sockets.length) finishRound(round);
}

/** Opens one socket and resolves when its first snapshot arrives (or with the error that stopped it). */
function openSocket(url: string, slug: string, timeoutMs: number): Promise<string | null> {
  const index = sockets.length;
  const socket = io(url, {
    auth: { slug },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: timeoutMs,
  });
  sockets.push(socket);
  lastVersion.push('');
  socket.on('disconnect', (reason) => {
    if (closing) return;
    dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('no snapshot within the timeout'), timeoutMs);
    socket.once('connect_error', (error: Error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    socket.on('display:snapshot', (payload: VersionedPayload) => {
      if (lastVersion[index] === '') {
        clearTimeout(timer);
        resolve(null);
      }
      onSnapshot(index, payload);
    });
  });
}

async function connectAll(message: Extract<ScreensCommand, { type: 'connect' }>): Promise<void> {
  const started = wallNow();
  let failed = 0;
  let firstError: string | null = null;
  for (let opened = 0; opened < message.count; opened += message.batchSize) {
    const batch = Math.min(message.batchSize, message.count - opened);
    const results = await Promise.all(
      Array.from({ length: batch }, (_, i) => {
        const slug = message.slugs[(message.firstIndex + opened + i) % message.slugs.length] ?? 'gate';
        return openSocket(message.url, slug, message.timeoutMs);
      }),
    );
    for (const error of results) {
      if (error === null) continue;
      failed += 1;
      firstError ??= error;
    }
  }
  send({
    type: 'connected',
    connected: message.count - failed,
    failed,
    firstError,
    elapsedMs: wallNow() - started,
    rssBytes: process.memoryUsage().rss,
  });
}

function arm(round: number, timeoutMs: number): void {
  if (current) finishRound(current);
  const state: Round = {
    round,
    received: new Uint8Array(sockets.length),
    count: 0,
    firstArrival: 0,
    lastArrival: 0,
    timer: setTimeout(() => {
      if (current === state) finishRound(state);
    }, timeoutMs),
    cpuAtArm: process.cpuUsage(),
  };
  current = state;
  send({ type: 'armed', round });
}

function closeAll(): void {
  closing = true;
  for (const socket of sockets) socket.disconnect();
  // Let the close frames go out, then leave (the parent also kills this process if it lingers).
  setTimeout(() => process.exit(0), 200);
}

process.on('message', (message: unknown) => {
  if (!isMessage<ScreensCommand>(message)) return;
  switch (message.type) {
    case 'connect':
      connectAll(message).catch((error: unknown) => send({ type: 'error', message: String(error) }));
      break;
    case 'arm':
      arm(message.round, message.timeoutMs);
      break;
    case 'sample':
      send({ type: 'sample', snapshot: sample });
      break;
    case 'close':
      closeAll();
      break;
  }
});

// Orphaned (the benchmark died): do not keep N sockets open.
process.on('disconnect', () => process.exit(0));
