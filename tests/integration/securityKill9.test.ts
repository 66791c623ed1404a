import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { database } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { contentMeta } from '../helpers/contentFixtures.ts';
import { seededRandom } from '../helpers/fuzzBodies.ts';
import { startServerProcess, tempDataDir, type ServerProcess } from '../helpers/serverProcess.ts';
import { login } from '../helpers/testApp.ts';

/** `npm run test:security` sets SECURITY_LONG=1: 20 kills instead of 2. */
const KILLS = process.env.SECURITY_LONG === '1' ? 20 : 2;
const BURST = 30;
const PASSWORD = 'kill-nine-password';

const tempFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

/** Creates content `BURST` times at once and kills the server with SIGKILL after `killAfter` of them were acknowledged. */
async function burstThenKill(server: ServerProcess, cookie: string, round: number, killAfter: number): Promise<string[]> {
  const acknowledged: string[] = [];
  let killed: Promise<unknown> | null = null;
  await Promise.all(
    Array.from({ length: BURST }, async (_, i) => {
      const res = await fetch(`${server.url}/api/content`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ ...contentMeta, type: 'announcement', title: `Lần ${round} số ${i}`, body: 'Nội dung '.repeat(300) }),
      }).catch(() => null);
      if (res?.status !== 201) return;
      acknowledged.push(((await res.json()) as { data: { id: string } }).data.id);
      if (acknowledged.length >= killAfter) killed ??= server.stop('SIGKILL');
    }),
  );
  await (killed ?? server.stop('SIGKILL'));
  return acknowledged;
}

describe('kill -9 during writes (real processes, real files)', () => {
  it(`${KILLS} × kill -9 in a burst of saves: every acknowledged write survives, the file stays valid, temp files are swept at start`, { timeout: KILLS * 30_000 + 60_000 }, async () => {
    const dir = tempDataDir('kill9-suite');
    const rng = seededRandom(912);
    const acknowledged: string[] = [];
    let leftBehind = 0;
    for (let round = 0; round < KILLS; round++) {
      const server = await startServerProcess({ DATA_DIR: dir, ADMIN_PASSWORD: PASSWORD });
      expect(tempFiles(dir), 'temp files of the killed process were removed at start').toEqual([]);
      const cookie = await login(server.url, 'admin', PASSWORD);
      acknowledged.push(...(await burstThenKill(server, cookie, round, 1 + rng.int(BURST / 2))));
      leftBehind += tempFiles(dir).length;

      const parsed = database.safeParse(JSON.parse(readFileSync(path.join(dir, 'db.json'), 'utf8')));
      expect(parsed.success, `round ${round}: db.json is complete and valid`).toBe(true);
      const ids = parsed.data?.content.map((c) => c.id) ?? [];
      const stored = new Set(ids);
      expect(acknowledged.filter((id) => !stored.has(id)), `round ${round}: acknowledged writes lost`).toEqual([]);
      // Nor written twice (a replayed save after the restart): this was startup.test.ts's own kill -9 test, two more
      // server starts for the same burst, kill and restart.
      expect(ids.length, `round ${round}: a write stored twice`).toBe(stored.size);
    }
    const last = await startServerProcess({ DATA_DIR: dir });
    expect(tempFiles(dir)).toEqual([]);
    expect((await fetch(`${last.url}/healthz`)).status).toBe(200);
    expect(await last.stop()).toBe(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS);
    if (process.env.SECURITY_LONG === '1') {
      console.info(`kill -9: ${KILLS} kills, ${acknowledged.length} acknowledged writes, 0 lost, ${leftBehind} temp files left behind and swept`);
    }
  });
});
