import { database } from '@bangtin/shared';
import { describe, expect, test } from 'vitest';
import { demoDatabase } from '../../../server/src/seed/demoDatabase.ts';
import { parseDatabase } from '../../../server/src/store/openStore.ts';

/**
 * The data file is validated once per opening without zod's eval fast path (server/src/store/openStore.ts), which only
 * saves CPU. These prove nothing else changes: the same data comes out, and a broken file names the same problems.
 */
const seeded = () => demoDatabase({ now: new Date('2026-11-28T01:00:00Z'), timezone: 'Asia/Ho_Chi_Minh', admin: { passwordHash: 'x' } });

describe('opening the data file without the eval fast path', () => {
  test('gives exactly the data the default parse gives', () => {
    const text = JSON.stringify(seeded());
    expect(JSON.stringify(parseDatabase('db.json', text).data)).toBe(JSON.stringify(database.parse(JSON.parse(text))));
  });

  test('names the same problems in a hand-broken file', () => {
    const broken = { ...seeded(), school: { ...seeded().school, timezone: 'Sao Hoa/Can cu' }, screens: [{ id: 'BAD ID' }] };
    const expected = database.safeParse(broken).error?.issues.map((i) => i.path.join('.'));
    expect(expected?.length).toBeGreaterThan(1);
    expect(() => parseDatabase('db.json', JSON.stringify(broken))).toThrow(/school\.timezone/);
    expect(database.safeParse(broken, { jitless: true }).error?.issues).toEqual(database.safeParse(broken).error?.issues);
  });
});
