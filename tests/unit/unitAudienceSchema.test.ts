import { describe, expect, it } from 'vitest';
import { contentInput, database } from '@bangtin/shared';
import { demoDatabase } from '../../server/src/seed/demoDatabase.ts';

const NOW = new Date('2026-11-28T01:00:00Z');

describe('a db.json written before units existed stays valid (no migration: the audience is defaulted)', () => {
  it('reads its content items and emergency notices as reaching no child unit', () => {
    const db = demoDatabase({ now: NOW, timezone: 'Asia/Ho_Chi_Minh', admin: { passwordHash: 'x' } });
    const notice = {
      id: 'em-1',
      title: 'Nghỉ học',
      body: '',
      level: 'danger',
      screens: 'all',
      templateId: null,
      startedAt: NOW.toISOString(),
      startedBy: 'admin',
      expiresAt: NOW.toISOString(),
      clearedAt: null,
      clearedBy: null,
    };
    const old = JSON.parse(JSON.stringify({ ...db, emergencies: [notice] }), (key, value: unknown) => (key === 'audience' ? undefined : value)) as unknown;
    expect(JSON.stringify(old)).not.toContain('audience');
    const read = database.parse(old);
    expect(read.content.length).toBeGreaterThan(0);
    expect(new Set(read.content.map((c) => c.audience))).toEqual(new Set(['none']));
    expect(read.emergencies[0]!.audience).toBe('none');
  });

  it('refuses an audience that is neither none, all nor a list of unit ids', () => {
    const base = { type: 'slogan', text: 'A', attribution: '', theme: 'blue', validFrom: null, validUntil: null, durationSeconds: null, sample: false, source: '', screens: 'all', areas: ['II.1'], status: 'draft' };
    expect(contentInput.safeParse({ ...base, audience: 'everyone' }).success).toBe(false);
    expect(contentInput.safeParse({ ...base, audience: [] }).success).toBe(false);
    expect(contentInput.safeParse({ ...base, audience: ['u-truong-a'] }).success).toBe(true);
    expect(contentInput.parse(base)).not.toHaveProperty('audience');
  });
});
