import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@bangtin/shared';
import { openFileStore } from '../../server/src/store/openStore.ts';
import { groupNames } from '../../server/src/store/migrationV2.ts';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { seededDatabase } from '../helpers/testApp.ts';

/**
 * A db.json as the first releases wrote it (schemaVersion 1): screen groups were slugs ("cong", "tiep-nhan", a school's
 * own "khu-a"), schedule entries targeted those slugs, and accounts had no e-mail address.
 */
async function oldDatabaseFile(): Promise<string> {
  const db = structuredClone(await seededDatabase(new Date('2026-11-28T01:00:00Z'))) as unknown as Record<string, unknown> & {
    screens: Record<string, unknown>[];
    users: Record<string, unknown>[];
  };
  db.schemaVersion = 1;
  db.screens = [
    { ...db.screens[0], group: 'cong' },
    { ...db.screens[1], group: 'tiep-nhan' },
    { ...db.screens[0], id: 's-hall', slug: 'sanh', name: 'Sảnh khu A', location: 'Sảnh tầng 1 khu A', group: 'khu-a' },
  ];
  db.users = db.users.map(({ email: _none, ...u }) => u);
  db.schedules = [
    {
      id: 'sch-old',
      version: 1,
      name: 'Giờ đón trẻ ở cổng',
      enabled: true,
      contentIds: [(db.content as { id: string }[])[0]!.id],
      playlistId: null,
      screens: { screenIds: [], groups: ['cong', 'khu-a'] },
      dateFrom: null,
      dateUntil: null,
      rule: { kind: 'weekly', days: [1, 2, 3, 4, 5], windows: [{ start: '06:45', end: '08:00' }] },
      priority: 0,
      mode: 'add',
      durationSeconds: null,
      createdAt: '2026-11-01T00:00:00.000Z',
      createdBy: 'admin',
      updatedAt: '2026-11-01T00:00:00.000Z',
      updatedBy: 'admin',
    },
  ];
  const dir = tempDataDir('v1');
  await writeFile(path.join(dir, 'db.json'), JSON.stringify(db));
  return dir;
}

describe('an old database shows group names, not slugs ("cong")', () => {
  it('a schemaVersion 1 db.json loads with readable group names, its schedules still reach the same screens, accounts get an e-mail field, and the original is kept', async () => {
    const dir = await oldDatabaseFile();
    const opened = await openFileStore(dir, () => Promise.reject(new Error('must not seed')));
    expect(opened.migratedFrom).toBe(1);
    const screens = await opened.store.listScreens();
    expect(screens.map((s) => s.group)).toEqual(['Cổng trường', 'Bộ phận tiếp nhận', 'Sảnh tầng 1 khu A']);
    const [entry] = await opened.store.schedules.list();
    expect(entry?.screens).toEqual({ screenIds: [], groups: ['Cổng trường', 'Sảnh tầng 1 khu A'] });
    expect((await opened.store.listUsers()).every((u) => u.email === '')).toBe(true);
    await opened.store.flush();
    // Written back as the current version; the file as it was stays beside it (the .bak rule).
    expect(JSON.parse(readFileSync(path.join(dir, 'db.json'), 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const backup = path.join(dir, 'db.json.before-migration-v1.bak');
    expect(existsSync(backup)).toBe(true);
    expect(JSON.parse(readFileSync(backup, 'utf8')).screens[0].group).toBe('cong');
    // A second start has nothing left to migrate.
    expect((await openFileStore(dir, () => Promise.reject(new Error('must not seed')))).migratedFrom).toBeNull();
  });

  it('names already readable stay; a slug whose screens are in different places is spelt out; two slugs never merge', () => {
    const names = groupNames([
      { group: 'Cổng trường', location: 'Cổng' },
      { group: 'tang-2', location: 'Hành lang tầng 2' },
      { group: 'tang-2', location: 'Phòng họp tầng 2' },
      { group: 'sanh', location: 'Cổng trường' },
    ]);
    expect(names.get('Cổng trường')).toBeUndefined();
    expect(names.get('tang-2')).toBe('Tang 2');
    expect(names.get('sanh')).toBe('Cổng trường (sanh)');
  });
});
