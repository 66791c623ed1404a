import { describe, expect, inject, it } from 'vitest';
import { api, sloganInput } from '../../helpers/contentFixtures.ts';
import { createTestDatabase } from '../../helpers/postgres.ts';
import { freePort } from '../../helpers/freePort.ts';
import { runServerExpectingFailure, startServerProcess, tempDataDir } from '../../helpers/serverProcess.ts';
import { login } from '../../helpers/testApp.ts';

const clusterUrl = inject('pgClusterUrl');

describe.skipIf(!clusterUrl)('DATABASE_URL: the real server on PostgreSQL', { timeout: 60_000 }, () => {
  it('a first start on an empty database migrates and seeds it; a slogan saved before kill -9 is served after the restart', async () => {
    const env = { DATABASE_URL: await createTestDatabase(clusterUrl!), DATA_DIR: tempDataDir('pg-process'), ADMIN_PASSWORD: 'pg-process-password', LOG_LEVEL: 'info' };
    const first = await startServerProcess(env);
    expect(first.output()).toContain('first start: demo content created');
    expect(first.output()).not.toContain('pg-process-password');
    const cookie = await login(first.url, 'admin', 'pg-process-password');
    const created = await api(first.url, cookie, 'POST', '/api/content', sloganInput({ text: 'Chào mừng cha mẹ đến với Trường mầm non Nam Đô' }));
    expect(created.status).toBe(201);
    const id = (created.data as unknown as { id: string }).id;
    await first.stop('SIGKILL');

    const again = await startServerProcess(env);
    const snapshot = (await (await fetch(`${again.url}/api/display/gate`)).json()) as { data: { items: { id: string }[] } };
    expect(snapshot.data.items.map((i) => i.id)).toContain(id);
    // The demo content was written once: the second start found the unit seeded.
    expect(again.output()).not.toContain('first start: demo content created');
    expect(await again.stop()).toBe(0);
  });

  it('an unreachable database stops the start with one clear message: no stack trace, no password', async () => {
    const url = `postgres://bangtin:mat-khau-bi-mat@127.0.0.1:${await freePort()}/bangtin`;
    const { code, output } = await runServerExpectingFailure({ DATABASE_URL: url, DATA_DIR: tempDataDir('pg-down') });
    expect(code).toBe(1);
    expect(output).toContain('Bảng tin cannot start.');
    expect(output).toContain('Cannot use the database postgres://bangtin:***@127.0.0.1');
    expect(output).not.toContain('mat-khau-bi-mat');
    expect(output).not.toMatch(/\n\s+at /);
  });
});
