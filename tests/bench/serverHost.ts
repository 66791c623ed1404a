/**
 * One server under test (Bảng tin or the bare baseline) in a fresh process, so its RSS and CPU are its own,
 * together with its screen processes. Driven by the conductor over IPC (protocol.ts).
 */
import { DISPLAY_NAMESPACE } from '@bangtin/shared';
import { ClientPool } from './clientPool.ts';
import { cpuMsSince, isMessage, replyToParent, wallNow, type HostCommand, type HostReport, type StartCommand } from './protocol.ts';

interface Hosted {
  url: string;
  slugs: string[];
  broadcast?: (round: number) => void;
  /** A server in another process (kind `process`): its RSS and CPU, measured instead of this host's own. */
  usage?: () => { rssBytes: number; cpuMs: number };
  close(): Promise<void>;
}

const send = (message: HostReport) => replyToParent(message);
/** The server's resident memory: this process's, or the server process's when it runs apart (kind `process`). */
const rssBytes = () => server?.usage?.().rssBytes ?? process.memoryUsage().rss;
let server: Hosted | null = null;
let pool: ClientPool | null = null;
let broadcastAt: number | null = null;

async function startServer(command: StartCommand): Promise<Hosted> {
  if (command.kind === 'bangtin') {
    // Imported only here, so the bare host's RSS carries none of Bảng tin's code.
    const { startBangTin } = await import('./bangtinServer.ts');
    return startBangTin(command.screenRecords);
  }
  if (command.kind === 'process') {
    if (command.screenRecords !== 1) throw new Error('SCREEN_RECORDS must be 1 with PROCESSES/DATABASE_URL (the seeded database has one gate screen)');
    const { startBangTinProcess } = await import('./processServer.ts');
    return startBangTinProcess(command.env ?? {});
  }
  if (!command.payload) throw new Error('the bare server needs a payload');
  const { startBareServer } = await import('./bareServer.ts');
  return startBareServer(command.payload, command.screenRecords);
}

async function start(command: StartCommand): Promise<void> {
  server = await startServer(command);
  pool = new ClientPool(command.screenProcesses);
  const rssBeforeConnectBytes = rssBytes();
  const connect = await pool.connect(`${server.url}${DISPLAY_NAMESPACE}`, server.slugs, command.screens, {
    batchSize: command.batchSize,
    timeoutMs: 20_000,
  });
  if (connect.failed > 0) {
    throw new Error(
      `${connect.failed} of ${command.screens} screens could not connect (first error: ${connect.firstError}). ` +
        'If it is EMFILE, raise the open-files limit (`ulimit -n`) in the shell that runs the benchmark.',
    );
  }
  const rssAfterConnectBytes = rssBytes();
  send({ type: 'started', url: server.url, connect, rssBeforeConnectBytes, rssAfterConnectBytes, sample: await pool.sample() });
}

async function arm(round: number, timeoutMs: number): Promise<void> {
  if (!pool) throw new Error('not started');
  broadcastAt = null;
  const cpuAtArm = process.cpuUsage();
  const childCpuAtArm = server?.usage?.().cpuMs ?? 0;
  const { done } = await pool.arm(round, timeoutMs);
  send({ type: 'armed', round });
  const result = await done;
  send({
    type: 'round',
    round,
    expected: result.expected,
    received: result.received,
    firstArrival: result.firstArrival,
    lastArrival: result.lastArrival,
    broadcastAt,
    serverCpuMs: server?.usage ? server.usage().cpuMs - childCpuAtArm : cpuMsSince(cpuAtArm),
    screensCpuMs: result.cpuMs,
    rssBytes: rssBytes(),
  });
}

async function close(): Promise<void> {
  await pool?.close();
  await server?.close();
  process.exit(0);
}

const fail = (error: unknown) => send({ type: 'error', message: error instanceof Error ? error.message : String(error) });

process.on('message', (message: unknown) => {
  if (!isMessage<HostCommand>(message)) return;
  switch (message.type) {
    case 'start':
      start(message).catch(fail);
      break;
    case 'arm':
      arm(message.round, message.timeoutMs).catch(fail);
      break;
    case 'broadcast':
      if (!server?.broadcast) return fail('this server has no bare broadcast');
      broadcastAt = wallNow();
      server.broadcast(message.round);
      break;
    case 'close':
      close().catch((error: unknown) => {
        fail(error);
        process.exit(1);
      });
      break;
  }
});

// Orphaned (the conductor died): the screen processes follow when this process exits.
process.on('disconnect', () => process.exit(0));
