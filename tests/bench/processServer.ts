import { readFileSync } from 'node:fs';
import { startServerProcess, tempDataDir } from '../helpers/serverProcess.ts';
import { BENCH_ADMIN, benchScreenSlugs } from './protocol.ts';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ): 100 on every Linux this runs on. */
const TICKS_PER_SECOND = 100;

/** RSS and CPU time of another process, read from /proc (Linux), as serverHost.ts reads its own. */
export function processUsage(pid: number): { rssBytes: number; cpuMs: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? Number.NaN);
  // Fields after the command name (which may hold spaces, hence from the last ')'): utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssBytes: rssKb * 1024, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
}

/**
 * Bảng tin as deployed: the real server (server/src/main.ts, the bundle the conductor compiled) in a process of its own,
 * with `env` (DATABASE_URL for the ward runs) and its own DATA_DIR. The first process on an empty database seeds the
 * demo data with the benchmark's admin; later processes on the same database join it.
 */
export async function startBangTinProcess(env: Record<string, string>) {
  const server = await startServerProcess({ DATA_DIR: tempDataDir('bench'), ADMIN_PASSWORD: BENCH_ADMIN.password, LOG_LEVEL: 'warn', ...env });
  const pid = server.child.pid;
  if (pid === undefined) throw new Error('the server process has no pid');
  let closing = false;
  // The host leaving for any reason (the conductor died, a kill) takes its server process along.
  process.once('exit', () => server.child.kill('SIGKILL'));
  server.child.once('exit', (code) => {
    // A server that dies mid-run explains itself: its last output goes to the conductor's stderr.
    if (!closing) process.stderr.write(`  server process ${pid} exited (${code}) during the run:\n${server.output().slice(-3000)}\n`);
  });
  return {
    url: server.url,
    slugs: benchScreenSlugs(1),
    usage: () => processUsage(pid),
    async close(): Promise<void> {
      closing = true;
      const code = await server.stop('SIGTERM');
      if (code !== 0) process.stderr.write(`  server process ${pid} exited with ${code}\n`);
    },
  };
}
