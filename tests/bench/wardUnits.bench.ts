/**
 * `npm run bench:ward` (issue #15, "Done when"): a ward with UNITS units (default 30) and SCREENS screens (default 100)
 * on PROCESSES real server processes (default 3) on one PostgreSQL database — built the way the README's "Triển khai cho
 * cả phường" says: the ward's administrator adds the units through the API the console uses, sets up each unit's
 * screens as the acting administrator, and the screens (socket.io clients at `/<slug>/display`) attach to the processes
 * in turn, as a least-connections proxy spreads them. Then, ROUNDS times, the ward sends a slogan to every unit and the
 * script times save → the last screen showing it; every screen must also show its own unit's name and nothing of another.
 * DATABASE_URL unset: a throwaway PostgreSQL cluster (tests/helpers/postgres.ts).
 */
import { io, type Socket } from 'socket.io-client';
import { buildServerBundle } from '../helpers/buildServer.ts';
import { startClusterProcesses, type ClusterMember } from '../helpers/clusterProcesses.ts';
import { contentMeta } from '../helpers/contentFixtures.ts';
import { createTestDatabase, startPgCluster, type PgCluster } from '../helpers/postgres.ts';

const UNITS = Number(process.env.UNITS ?? 30);
const SCREENS = Number(process.env.SCREENS ?? 100);
const PROCESSES = Number(process.env.PROCESSES ?? 3);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const PASSWORD = 'ward-bench-password';

interface Reply {
  data?: unknown;
  error?: { code: string; message: string };
}

async function send(url: string, method: string, cookie: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json', cookie }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const reply = (await response.json()) as Reply;
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${reply.error?.code ?? ''} ${reply.error?.message ?? ''}`);
  return reply.data;
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
  if (!response.ok) throw new Error(`login → ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

interface Kiosk {
  unit: string;
  unitName: string;
  socket: Socket;
  last: string;
  seenAt: Map<string, number>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

async function main(): Promise<void> {
  process.env.BANGTIN_SERVER_BUNDLE = await buildServerBundle();
  let throwaway: PgCluster | null = null;
  const serverUrl = process.env.DATABASE_URL ?? (throwaway = await startPgCluster()).url;
  const databaseUrl = await createTestDatabase(serverUrl, 'bench_ward_units');
  let members: ClusterMember[] = [];
  const kiosks: Kiosk[] = [];
  try {
    members = await startClusterProcesses(PROCESSES, databaseUrl, { ADMIN_PASSWORD: PASSWORD });
    const at = (i: number) => members[i % members.length]!.url;
    const cookie = await signIn(at(0));
    process.stdout.write(`${PROCESSES} processes on one database; adding ${UNITS} units and ${SCREENS} screens …\n`);

    // Units through the processes in turn (a unit made on one must answer on every other), then their screens.
    const units: Array<{ slug: string; name: string }> = [];
    for (let u = 0; u < UNITS; u++) {
      const slug = `truong-${String(u + 1).padStart(2, '0')}`;
      const name = `Trường mẫu số ${u + 1} (dữ liệu thử)`;
      await send(`${at(u)}/api/units`, 'POST', cookie, { slug, name, kind: 'school', adminUsername: `${slug}.admin`, adminDisplayName: 'Quản trị viên' });
      units.push({ slug, name });
    }
    const screens: Array<{ unit: (typeof units)[number]; slug: string }> = [];
    for (let s = 0; s < SCREENS; s++) {
      const unit = units[s % units.length]!;
      const slug = `man-hinh-${Math.floor(s / units.length) + 1}`;
      await send(`${at(s + 1)}/${unit.slug}/api/screens`, 'POST', cookie, { slug, name: `Màn hình ${slug}`, location: '', orientation: 'landscape', profile: 'gate', group: '' });
      screens.push({ unit, slug });
    }

    // The screens attach to the processes in turn (WebSocket only: no sticky sessions needed).
    const connectStart = performance.now();
    await Promise.all(
      screens.map(
        (screen, index) =>
          new Promise<void>((resolve, reject) => {
            const socket = io(`${at(index)}/${screen.unit.slug}/display`, { auth: { slug: screen.slug }, transports: ['websocket'], reconnection: true });
            const kiosk: Kiosk = { unit: screen.unit.slug, unitName: screen.unit.name, socket, last: '', seenAt: new Map() };
            kiosks.push(kiosk);
            const timer = setTimeout(() => reject(new Error(`${screen.unit.slug}/${screen.slug}: no snapshot in 30 s`)), 30_000);
            socket.on('display:snapshot', (snapshot: unknown) => {
              kiosk.last = JSON.stringify(snapshot);
              const now = performance.now();
              for (const marker of markers) if (!kiosk.seenAt.has(marker) && kiosk.last.includes(marker)) kiosk.seenAt.set(marker, now);
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
    process.stdout.write(`${kiosks.length} screens attached in ${Math.round(performance.now() - connectStart)} ms\n`);
    const foreign = kiosks.filter((k) => !k.last.includes(k.unitName) || units.some((u) => u.name !== k.unitName && k.last.includes(`"${u.name}"`)));
    if (foreign.length > 0) throw new Error(`${foreign.length} screens show another unit's name, or not their own`);

    const latencies: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const marker = `Phường gửi các trường, lần ${round + 1} · ${Date.now()}`;
      markers.push(marker);
      const saved = performance.now();
      await send(`${at(round)}/api/content`, 'POST', cookie, { ...contentMeta, type: 'slogan', text: marker, attribution: '', theme: 'green', audience: 'all' });
      const deadline = saved + 15_000;
      while (kiosks.some((k) => !k.seenAt.has(marker)) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const missing = kiosks.filter((k) => !k.seenAt.has(marker)).length;
      if (missing > 0) throw new Error(`round ${round + 1}: ${missing} of ${kiosks.length} screens never showed the ward's slogan`);
      const last = Math.max(...kiosks.map((k) => k.seenAt.get(marker)!)) - saved;
      latencies.push(last);
      process.stdout.write(`  round ${round + 1}: save → last of ${kiosks.length} screens in ${Math.round(last)} ms\n`);
    }
    process.stdout.write(
      `\n${UNITS} units, ${kiosks.length} screens, ${PROCESSES} processes: every screen showed each of ${ROUNDS} ward slogans; ` +
        `save → last screen median ${Math.round(median(latencies))} ms (min ${Math.round(Math.min(...latencies))}, max ${Math.round(Math.max(...latencies))}); ` +
        `no screen showed another unit's name.\n`,
    );
  } finally {
    for (const k of kiosks) k.socket.close();
    await Promise.all(members.map((m) => m.stop()));
    await throwaway?.stop();
  }
}

const markers: string[] = [];

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
