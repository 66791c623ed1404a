import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/src/app.ts';
import { systemClock } from '../../server/src/clock.ts';
import { hashPassword } from '../../server/src/domain/passwords.ts';
import { createLogger } from '../../server/src/logger.ts';
import { demoDatabase } from '../../server/src/seed/demoDatabase.ts';
import { openMemoryStore } from '../../server/src/store/openStore.ts';
import { BENCH_ADMIN, benchScreenSlugs } from './protocol.ts';

const TIMEZONE = 'Asia/Ho_Chi_Minh';

/**
 * Bảng tin as main.ts builds it, but on an in-memory store seeded with the demo data (plus `screenRecords − 1`
 * copies of the gate screen), a silent logger and port 0. Scheduled jobs are not started.
 */
export async function startBangTin(screenRecords: number) {
  const passwordHash = await hashPassword(BENCH_ADMIN.password);
  const data = demoDatabase({ now: systemClock.now(), timezone: TIMEZONE, admin: { passwordHash } });
  const gate = data.screens.find((s) => s.id === 'gate');
  if (!gate) throw new Error('the demo data has no gate screen');
  const slugs = benchScreenSlugs(screenRecords);
  for (const slug of slugs.slice(1)) data.screens.push({ ...gate, id: slug, slug, name: `${gate.name} (${slug})` });
  const store = openMemoryStore(data);
  const app = createApp({
    store,
    clock: systemClock,
    logger: createLogger('silent'),
    timezone: TIMEZONE,
    sessionHours: 8,
    pagesDir: fileURLToPath(new URL('../..', import.meta.url)),
  });
  await new Promise<void>((resolve) => app.http.listen(0, '127.0.0.1', resolve));
  const { port } = app.http.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, slugs, close: () => app.close() };
}
