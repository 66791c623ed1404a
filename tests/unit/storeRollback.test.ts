import { Low, type Adapter } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { JsonStore } from '../../server/src/store/jsonStore.ts';
import { seededDatabase } from '../helpers/testApp.ts';
import type { Database } from '@bangtin/shared';

/** A disk that fills up on demand (the one condition a root test process cannot create for real). */
class FullDisk implements Adapter<Database> {
  full = false;
  async read() {
    return null;
  }
  async write() {
    if (this.full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  }
}

describe('a write that fails is not shown as saved', () => {
  it('rolls the change back when the file cannot be written', async () => {
    const adapter = new FullDisk();
    const store = new JsonStore(new Low(adapter, await seededDatabase(new Date('2026-11-28T01:00:00Z'))));
    const school = await store.getSchool();
    adapter.full = true;
    await expect(store.saveSchool({ ...school, name: 'Không lưu được' })).rejects.toThrow(/ENOSPC/);
    expect((await store.getSchool()).name).toBe(school.name);
    adapter.full = false;
    await store.saveSchool({ ...school, name: 'Đã lưu' });
    expect((await store.getSchool()).name).toBe('Đã lưu');
  });
});
