import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { systemClock } from '../../../server/src/clock.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { createOps } from '../../../server/src/ops/ops.ts';
import { fileStoreReadiness, pgReadiness, type ReadinessCheck } from '../../../server/src/ops/readiness.ts';
import { migrateDatabase } from '../../../server/src/store/pg/migrate.ts';
import { freePort } from '../../helpers/freePort.ts';
import { createTestDatabase } from '../../helpers/postgres.ts';
import { tempDataDir } from '../../helpers/serverProcess.ts';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** Only the ops endpoints, over real HTTP, with the given readiness check. */
async function opsServer(readiness: ReadinessCheck) {
  const ops = createOps({ clock: systemClock, logger: createLogger('silent'), appVersion: 't', readiness });
  const app = express();
  ops.mount(app);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  closers.push(async () => {
    await ops.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ops,
    async readyz() {
      const res = await fetch(`${url}/readyz`);
      const text = await res.text();
      return { status: res.status, text, body: JSON.parse(text) as { status?: string; store?: string; error?: { code: string; message: string; details: { message: string }[] } } };
    },
  };
}

describe('/readyz on the JSON store', () => {
  it('says 503 STORE_UNAVAILABLE while the data folder is gone (a share that went away) and ready again once it is back', async () => {
    const dir = tempDataDir('readyz');
    writeFileSync(path.join(dir, 'db.json'), '{}');
    const s = await opsServer(fileStoreReadiness(dir));
    expect(await s.readyz()).toMatchObject({ status: 200, body: { status: 'ready', store: 'file' } });

    renameSync(dir, `${dir}-away`);
    const gone = await s.readyz();
    expect(gone.status).toBe(503);
    expect(gone.body.error?.code).toBe('STORE_UNAVAILABLE');
    expect(gone.body.error?.message).toBe('Không đọc/ghi được tệp dữ liệu của máy chủ.');
    expect(gone.body.error?.details[0]?.message).toMatch(/^data file not readable\/writable \(ENOENT\)/);
    // The operator's hint names the setting, never the path on disk.
    expect(gone.text).not.toContain(dir);

    renameSync(`${dir}-away`, dir);
    expect((await s.readyz()).status).toBe(200);
    rmSync(path.join(dir, 'db.json'));
    expect((await s.readyz()).body.error?.code).toBe('STORE_UNAVAILABLE');
  });

  it('says 503 DRAINING once the process is closing, so the proxy stops sending it work', async () => {
    const dir = tempDataDir('readyz');
    writeFileSync(path.join(dir, 'db.json'), '{}');
    const s = await opsServer(fileStoreReadiness(dir));
    await s.ops.close();
    const closed = await s.readyz();
    expect(closed.status).toBe(503);
    expect(closed.body.error).toMatchObject({ code: 'DRAINING', message: expect.stringMatching(/^Máy chủ đang dừng/) });
  });
});

const clusterUrl = inject('pgClusterUrl');

describe.skipIf(!clusterUrl)(`/readyz on PostgreSQL ${inject('pgUnavailable') ?? ''}`, () => {
  it('is 503 MIGRATIONS_PENDING until the migration is applied, then 200', async () => {
    const url = await createTestDatabase(clusterUrl!, 'readyz');
    // A repo of its own with one migration: the check does not depend on which migrations the store ships today.
    const repoRoot = tempDataDir('readyz-repo');
    mkdirSync(path.join(repoRoot, 'server', 'migrations'), { recursive: true });
    writeFileSync(path.join(repoRoot, 'server', 'migrations', '0001_probe.sql'), '-- Up Migration\ncreate table probe (id int);\n-- Down Migration\ndrop table probe;\n');
    const s = await opsServer(pgReadiness(url, repoRoot));
    const pending = await s.readyz();
    expect(pending.status).toBe(503);
    expect(pending.body.error?.code).toBe('MIGRATIONS_PENDING');
    expect(pending.body.error?.message).toBe('Cơ sở dữ liệu chưa được cập nhật lên phiên bản mới.');
    expect(pending.body.error?.details[0]?.message).toBe('1 migration(s) not applied (0001_probe): run `npm run db:migrate`');

    await migrateDatabase(url, repoRoot);
    expect(await s.readyz()).toMatchObject({ status: 200, body: { status: 'ready', store: 'postgres' } });
  });

  it('is 503 DATABASE_UNREACHABLE when nothing answers, without the URL or its password in the reply', async () => {
    const port = await freePort();
    const secretUrl = `postgres://bangtin:mat-khau-bi-mat@127.0.0.1:${port}/bangtin`;
    const s = await opsServer(pgReadiness(secretUrl, tempDataDir('readyz-repo'), { timeoutMs: 1000 }));
    const down = await s.readyz();
    expect(down.status).toBe(503);
    expect(down.body.error?.code).toBe('DATABASE_UNREACHABLE');
    expect(down.body.error?.details[0]?.message).toMatch(/^PostgreSQL did not answer \(ECONNREFUSED\)/);
    expect(down.text).not.toMatch(/mat-khau|bangtin@|127\.0\.0\.1/);
  });
});
