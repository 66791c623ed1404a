import { describe, expect, inject, it } from 'vitest';
import { api, sloganInput } from '../../helpers/contentFixtures.ts';
import { createTestDatabase } from '../../helpers/postgres.ts';
import { startServerProcess, tempDataDir } from '../../helpers/serverProcess.ts';
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
});
