import { describe, expect, it } from 'vitest';
import { evaluateSchedule, playableDays, validDuring, validOn, type ContentItem } from '@bangtin/shared';
import { contentMeta } from '../helpers/contentFixtures.ts';

function slogan(overrides: Partial<ContentItem> = {}): ContentItem {
  return {
    id: 'c-1',
    type: 'slogan',
    text: 'Cải cách hành chính là công việc thường xuyên, liên tục',
    attribution: '',
    theme: 'red',
    version: 1,
    ...contentMeta,
    createdAt: '2026-11-01T00:00:00Z',
    createdBy: 'a',
    updatedAt: '2026-11-01T00:00:00Z',
    updatedBy: 'a',
    approvedBy: 'a',
    approvedAt: '2026-11-01T00:00:00Z',
    rejectionReason: null,
    ...overrides,
  } as ContentItem;
}

describe('what may play on a day (validOn, the one date rule)', () => {
  it('plays approved content without dates on any day', () => {
    expect(validOn(slogan(), '2026-11-28')).toBe(true);
    expect(playableDays(slogan())).toEqual([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);
  });

  it.each(['draft', 'submitted', 'archived'] as const)('never plays %s content', (status) => {
    expect(validOn(slogan({ status }), '2026-11-28')).toBe(false);
    expect(playableDays(slogan({ status }))).toBeNull();
  });

  it('respects validity dates, both ends inclusive', () => {
    const item = slogan({ validFrom: '2026-11-28', validUntil: '2026-11-30' });
    expect(validOn(item, '2026-11-27')).toBe(false);
    expect(validOn(item, '2026-11-28')).toBe(true);
    expect(validOn(item, '2026-11-30')).toBe(true);
    expect(validOn(item, '2026-12-01')).toBe(false);
  });

  it('judges public copies (no status: only approved items are made public) by their dates alone', () => {
    expect(validOn({ validFrom: null, validUntil: '2026-11-30' }, '2026-11-30')).toBe(true);
    expect(validOn({ validFrom: null, validUntil: '2026-11-30' }, '2026-12-01')).toBe(false);
  });

  it('answers for a span of days (the offline plan keeps items that start within its horizon)', () => {
    const item = slogan({ validFrom: '2026-12-03', validUntil: '2026-12-05' });
    const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
    expect(validDuring(item, day('2026-11-28'), day('2026-12-02'))).toBe(false);
    expect(validDuring(item, day('2026-11-28'), day('2026-12-03'))).toBe(true);
    expect(validDuring(item, day('2026-12-05'), day('2026-12-10'))).toBe(true);
    expect(validDuring(item, day('2026-12-06'), day('2026-12-10'))).toBe(false);
  });

  it('is the rule the schedule evaluator applies (assignment decides the screens, the dates decide the days)', () => {
    const item = slogan({ validFrom: '2026-11-28', validUntil: '2026-11-30', screens: ['reception'] });
    const state = {
      timezone: 'Asia/Ho_Chi_Minh',
      screens: [
        { id: 'reception', group: '', defaultPlaylistId: null },
        { id: 'gate', group: '', defaultPlaylistId: null },
      ],
      content: [item],
      entries: [],
      playlists: [],
    };
    const playing = (localDay: string) =>
      [...evaluateSchedule(state, new Date(`${localDay}T09:00:00+07:00`)).values()].filter((p) => p.items.length > 0).map((p) => p.screenId);
    expect(playing('2026-11-27')).toEqual([]);
    expect(playing('2026-11-28')).toEqual(['reception']);
    expect(playing('2026-11-30')).toEqual(['reception']);
    expect(playing('2026-12-01')).toEqual([]);
  });
});
