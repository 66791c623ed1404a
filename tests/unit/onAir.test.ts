import { describe, expect, it } from 'vitest';
import { isOnAir, type ContentItem } from '@bangtin/shared';

function slogan(overrides: Partial<ContentItem> = {}): ContentItem {
  return {
    id: 'c-1',
    type: 'slogan',
    text: 'Cải cách hành chính là công việc thường xuyên, liên tục',
    attribution: '',
    theme: 'red',
    version: 1,
    status: 'approved',
    validFrom: null,
    validUntil: null,
    durationSeconds: null,
    sample: false,
    source: '',
    screens: 'all',
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

describe('what may reach a screen', () => {
  it('plays approved content assigned to all screens', () => {
    expect(isOnAir(slogan(), 'gate', '2026-11-28')).toBe(true);
  });

  it.each(['draft', 'submitted', 'archived'] as const)('never plays %s content', (status) => {
    expect(isOnAir(slogan({ status }), 'gate', '2026-11-28')).toBe(false);
  });

  it('respects validity dates, both ends inclusive', () => {
    const item = slogan({ validFrom: '2026-11-28', validUntil: '2026-11-30' });
    expect(isOnAir(item, 'gate', '2026-11-27')).toBe(false);
    expect(isOnAir(item, 'gate', '2026-11-28')).toBe(true);
    expect(isOnAir(item, 'gate', '2026-11-30')).toBe(true);
    expect(isOnAir(item, 'gate', '2026-12-01')).toBe(false);
  });

  it('plays only on the screens it is assigned to', () => {
    const item = slogan({ screens: ['reception'] });
    expect(isOnAir(item, 'reception', '2026-11-28')).toBe(true);
    expect(isOnAir(item, 'gate', '2026-11-28')).toBe(false);
  });
});
