import { database } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { seededDatabase } from '../../helpers/testApp.ts';

const row = (id: string, screenId: string) => ({ id, screenId, credentialHash: 'a'.repeat(64), pairedAt: '2026-11-28T01:00:00.000Z', pairedBy: 'admin' });

describe('db.json device rows after several devices per screen', () => {
  it('a file from the one-device-per-screen days loads unchanged; two devices of one screen load; a repeated id is refused', async () => {
    const db = JSON.parse(JSON.stringify(await seededDatabase(new Date('2026-11-28T01:00:00Z')))) as Record<string, unknown>;
    const oneEach = database.parse({ ...db, devices: [row('dev-1', 'gate'), row('dev-2', 'reception')] });
    expect(oneEach.devices.map((d) => d.screenId)).toEqual(['gate', 'reception']);
    expect(database.safeParse({ ...db, devices: [row('dev-1', 'gate'), row('dev-2', 'gate')] }).success).toBe(true);
    expect(database.safeParse({ ...db, devices: [row('dev-1', 'gate'), row('dev-1', 'reception')] }).success).toBe(false);
  });
});
