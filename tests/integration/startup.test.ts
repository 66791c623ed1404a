import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreLoadError } from '../../server/src/store/loadError.ts';
import { openFileStore } from '../../server/src/store/openStore.ts';
import { api, contentMeta, gateWindowEntry } from '../helpers/contentFixtures.ts';
import { runServerExpectingFailure, startServerProcess, tempDataDir } from '../helpers/serverProcess.ts';
import { login } from '../helpers/testApp.ts';

const dbPath = (dir: string) => path.join(dir, 'db.json');

// Each test starts one or two real server processes: allow for a loaded machine beyond the suite's 20 s.
describe('first start, restarts and broken data files (real process, real files)', { timeout: 60_000 }, () => {
  it('seeds once, prints a generated admin password once, and never overwrites existing data', async () => {
    const dir = tempDataDir('seed');
    const first = await startServerProcess({ DATA_DIR: dir, ADMIN_PASSWORD: '' });
    const password = /admin\s+\/\s+(\S+)/.exec(first.output())?.[1];
    expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
    const login = await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    expect(await first.stop()).toBe(0);

    const stored = JSON.parse(readFileSync(dbPath(dir), 'utf8'));
    expect(JSON.stringify(stored)).not.toContain(password);
    stored.school.name = 'Tên do văn phòng sửa';
    writeFileSync(dbPath(dir), JSON.stringify(stored));

    const second = await startServerProcess({ DATA_DIR: dir, ADMIN_PASSWORD: 'another-password-123' });
    expect(second.output()).not.toMatch(/admin\s+\/\s+/);
    const school = await (await fetch(`${second.url}/api/school`)).json();
    expect(school.data.name).toBe('Tên do văn phòng sửa');
    expect(await second.stop()).toBe(0);
  });

  // What each broken file is refused with is the store's (openFileStore, below); one real start proves the process
  // prints it and exits with 1 — a process per kind of damage spent 2.5 CPU-s on the same start-up plumbing.
  const BROKEN_FILES = [
    ['not JSON', '{"schemaVersion": 1, "school": ', /not valid JSON/],
    ['the wrong shape', JSON.stringify({ schemaVersion: 1, school: {}, screens: 'x' }), /does not match the expected shape/],
    ['from a newer version', JSON.stringify({ schemaVersion: 99 }), /newer Bảng tin/],
  ] as const;

  it('a server started on a broken db.json exits with 1, names the file and the problem, and leaves it untouched', async () => {
    const [, text, problem] = BROKEN_FILES[0];
    const dir = tempDataDir('corrupt');
    writeFileSync(dbPath(dir), text);
    const { code, output } = await runServerExpectingFailure({ DATA_DIR: dir });
    expect(code).toBe(1);
    expect(output).toContain(dbPath(dir));
    expect(output).toMatch(problem);
    expect(output).toContain('has not been changed');
    expect(readFileSync(dbPath(dir), 'utf8')).toBe(text);
  });

  it.each(BROKEN_FILES)('refuses a db.json that is %s, names the file and the problem, and leaves it untouched', async (_label, text, problem) => {
    const dir = tempDataDir('corrupt');
    writeFileSync(dbPath(dir), text);
    const opening = openFileStore(dir, () => Promise.reject(new Error('must not seed')));
    await expect(opening).rejects.toBeInstanceOf(StoreLoadError);
    await expect(opening).rejects.toThrow(dbPath(dir));
    await expect(opening).rejects.toThrow(problem);
    await expect(opening).rejects.toThrow('has not been changed');
    expect(readFileSync(dbPath(dir), 'utf8')).toBe(text);
  });

  it('a server killed and restarted in the middle of a window shows the scheduled content again at once', async () => {
    const dir = tempDataDir('restart-window');
    const password = 'restart-window-password';
    // Monday 07:30 in Hà Nội, inside a 07:15–08:00 window.
    const first = await startServerProcess({ DATA_DIR: dir, ADMIN_PASSWORD: password, CLOCK_START: '2026-11-30T07:30:00+07:00' });
    const cookie = await login(first.url, 'admin', password);
    const created = await api(first.url, cookie, 'POST', '/api/content', { ...contentMeta, screens: [], type: 'slogan', text: 'Chào mừng cha mẹ và các bé đến trường', attribution: '', theme: 'gold' });
    expect(created.status).toBe(201);
    const item = (created.data as unknown as { id: string }).id;
    const entry = await api(first.url, cookie, 'POST', '/api/schedules', gateWindowEntry(item, [{ start: '07:15', end: '08:00' }]));
    expect(entry.status).toBe(201);
    await first.stop('SIGKILL');

    // Still mid-window after the restart (07:40): a fresh start must recompute what is on air.
    const again = await startServerProcess({ DATA_DIR: dir, ADMIN_PASSWORD: password, CLOCK_START: '2026-11-30T07:40:00+07:00' });
    const snapshot = (await (await fetch(`${again.url}/api/display/gate`)).json()) as { data: { items: { id: string }[]; nextChangeAt: string } };
    expect(snapshot.data.items.map((i) => i.id)).toEqual([item]);
    expect(snapshot.data.nextChangeAt).toBe('2026-11-30T01:00:00.000Z'); // 08:00 in Hà Nội
    expect(await again.stop()).toBe(0);
  });
});
