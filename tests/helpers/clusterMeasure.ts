/**
 * The measurement behind the "nudge, not snapshots" decision in server/src/cluster/openCluster.ts (issue #15 item 3):
 * how big a seeded snapshot is, and how long a packet takes from one Socket.IO server to a client of another through
 * @socket.io/postgres-adapter — a snapshot (attachment table) against a small payload (NOTIFY alone) and the
 * serverSideEmit nudge. Run: `npx tsx tests/helpers/clusterMeasure.ts` (needs Debian's postgresql; ~20 s).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import { Server } from 'socket.io';
import { io as connect } from 'socket.io-client';
import { migrateDatabase } from '../../server/src/store/pg/migrate.ts';
import { createTestDatabase, startPgCluster } from './postgres.ts';
import { REPO_ROOT, startServerProcess, tempDataDir } from './serverProcess.ts';

const ROUNDS = 50;

async function seededSnapshots(): Promise<Record<string, unknown>> {
  const server = await startServerProcess({ DATA_DIR: tempDataDir('measure') });
  const snapshots: Record<string, unknown> = {};
  for (const slug of ['gate', 'reception']) {
    snapshots[slug] = ((await (await fetch(`${server.url}/api/display/${slug}`)).json()) as { data: unknown }).data;
    console.log(`${slug}: snapshot ${Buffer.byteLength(JSON.stringify(snapshots[slug]))} bytes of JSON`);
  }
  await server.stop();
  return snapshots;
}

async function timed(rounds: number, once: () => Promise<void>): Promise<string> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    await once();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(rounds - 1, Math.floor(rounds * q))]!.toFixed(1);
  return `p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms (${rounds} sends)`;
}

const snapshots = await seededSnapshots();
const cluster = await startPgCluster();
const databaseUrl = await createTestDatabase(cluster.url);
await migrateDatabase(databaseUrl, REPO_ROOT);
const pools: pg.Pool[] = [];
const servers: Server[] = [];
async function adapterServer(): Promise<{ io: Server; port: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  io.adapter(createAdapter(pool));
  pools.push(pool);
  servers.push(io);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { io, port: (http.address() as AddressInfo).port };
}

const sender = await adapterServer();
const receiver = await adapterServer();
receiver.io.of('/display').on('connection', (socket) => void socket.join('screen:reception'));
sender.io.of('/display');
// The adapters find each other by heartbeat.
await new Promise((resolve) => setTimeout(resolve, 1500));
const client = connect(`http://127.0.0.1:${receiver.port}/display`, { transports: ['websocket'] });
await new Promise<void>((resolve) => client.once('connect', () => resolve()));
await new Promise((resolve) => setTimeout(resolve, 500));

const viaRoom = (payload: unknown) => async () => {
  const received = new Promise<void>((resolve) => client.once('display:snapshot', () => resolve()));
  sender.io.of('/display').to('screen:reception').emit('display:snapshot', payload);
  await received;
};
console.log(`reception snapshot through the attachment table: ${await timed(ROUNDS, viaRoom(snapshots.reception))}`);
console.log(`small payload through NOTIFY alone: ${await timed(ROUNDS, viaRoom({ version: 'v1' }))}`);
console.log(
  `serverSideEmit nudge: ${await timed(ROUNDS, async () => {
    const received = new Promise<void>((resolve) => receiver.io.once('bangtin:replan', () => resolve()));
    sender.io.serverSideEmit('bangtin:replan');
    await received;
  })}`,
);

client.disconnect();
for (const io of servers) io.close();
for (const pool of pools) await pool.end();
await cluster.stop();
process.exit(0);
