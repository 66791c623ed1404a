import { database, publicContentItem, readImportFile, importTemplate } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { demoDatabase } from '../../server/src/seed/demoDatabase.ts';

const seeded = () => demoDatabase({ now: new Date('2026-11-28T01:00:00Z'), timezone: 'Asia/Ho_Chi_Minh', admin: { passwordHash: 'x' } });

describe('reform areas in stored data', () => {
  it('an older db.json without areas or the area list still loads: procedures get II.2b, the rest none, the default list', () => {
    const old = JSON.parse(JSON.stringify(seeded())) as Record<string, unknown> & { content: Record<string, unknown>[] };
    for (const item of old.content) delete item.areas;
    delete old.reformAreas;
    delete old.commPlans;
    const loaded = database.parse(old);
    expect(loaded.content.filter((c) => c.type === 'procedure').every((c) => c.areas.join() === 'II.2b')).toBe(true);
    expect(loaded.content.filter((c) => c.type === 'slogan').every((c) => c.areas.length === 0)).toBe(true);
    expect(loaded.reformAreas.map((a) => a.code)).toEqual(['II.1', 'II.2a', 'II.2b', 'II.2c', 'II.2d', 'II.2e', 'II.2f', 'II.3', 'gop-y']);
    expect(loaded.commPlans).toEqual([]);
  });

  it('every seeded slogan, announcement and result is filed, and no screen ever receives the areas', () => {
    const db = seeded();
    const needing = db.content.filter((c) => ['slogan', 'announcement', 'indexResult'].includes(c.type));
    expect(needing.length).toBeGreaterThan(0);
    expect(needing.filter((c) => c.areas.length === 0).map((c) => c.id)).toEqual([]);
    for (const item of db.content) expect(publicContentItem.parse(item)).not.toHaveProperty('areas');
  });

  it('the import templates carry the "Lĩnh vực CCHC" column and read it back', () => {
    const template = importTemplate('indexResult', 'csv');
    const [header = '', example = ''] = template.text.split(/\r?\n/);
    expect(header.split(',').at(-1)).toBe('Lĩnh vực CCHC');
    expect(example.endsWith(',II.3')).toBe(true);
    const read = readImportFile({ type: 'indexResult', format: 'csv', text: template.text.replace(/,II\.3(\r?\n|$)/, ',II.3 | II.2f$1') });
    expect(read.ok && read.inputs[0]?.areas).toEqual(['II.3', 'II.2f']);
    // An empty cell keeps the type's default.
    const blank = readImportFile({ type: 'indexResult', format: 'csv', text: template.text.replace(/,II\.3(\r?\n|$)/, ',$1') });
    expect(blank.ok && blank.inputs[0]?.areas).toEqual(['II.3']);
  });
});
