import { describe, expect, it } from 'vitest';
import { buildLoop, evaluateSchedule, itemTiming, loopFigures, planFor, type ItemTiming, type LoopSlot } from '@bangtin/shared';
import { at, item, state } from './fixtures.ts';

/** The office ticks "Cổng trường" and, in the same editor, "Thứ Hai–Thứ Sáu 07:00–08:00": it must not play all day. */
const weekdaysMorning: ItemTiming = { weekly: { days: [1, 2, 3, 4, 5], windows: [{ start: '07:00', end: '08:00' }] }, everyMinutes: null, sharePercent: null };

describe('an item timed in its own editor plays where it is assigned only inside its days and windows', () => {
  const school = state([], {
    content: [item('timed', { screens: ['gate'], timing: weekdaysMorning }), item('always', { screens: ['gate'] })],
  });

  it('assigned to the gate for Monday–Friday 07:00–08:00: on air at 07:15 Monday, gone at 09:00 and all Saturday', () => {
    expect(planFor(school, 'gate', at('2026-11-30T07:15'))?.items.map((i) => i.contentId)).toEqual(['always', 'timed']);
    expect(planFor(school, 'gate', at('2026-11-30T09:00'))?.items.map((i) => i.contentId)).toEqual(['always']);
    expect(planFor(school, 'gate', at('2026-12-05T07:15'))?.items.map((i) => i.contentId)).toEqual(['always']);
    // The base rotation names no entry: the item's own editor is the reason.
    expect(planFor(school, 'gate', at('2026-11-30T07:15'))?.items.every((i) => i.entryId === null)).toBe(true);
  });

  it('its window edges are the screen plan boundaries, so the server switches at 07:00 and 08:00 (not at the next day)', () => {
    expect(planFor(school, 'gate', at('2026-11-30T06:30'))?.nextChangeAt).toBe(at('2026-11-30T07:00').toISOString());
    expect(planFor(school, 'gate', at('2026-11-30T07:30'))?.nextChangeAt).toBe(at('2026-11-30T08:00').toISOString());
    // The reception screen does not get the item, so its edges are not the reception's boundaries.
    expect(planFor(school, 'reception', at('2026-11-30T06:30'))?.nextChangeAt).toBeNull();
  });

  it('a window over midnight belongs to the day it starts, like a schedule entry (Sunday 22:00–02:00 plays 01:30 Monday)', () => {
    const night: ItemTiming = { weekly: { days: [7], windows: [{ start: '22:00', end: '02:00', overnight: true }] }, everyMinutes: null, sharePercent: null };
    const s = state([], { content: [item('night', { screens: 'all', timing: night })] });
    expect(evaluateSchedule(s, at('2026-11-30T01:30')).get('gate')?.items.map((i) => i.contentId)).toEqual(['night']);
    expect(evaluateSchedule(s, at('2026-11-30T22:30')).get('gate')?.items).toEqual([]);
  });

  it('08:00→07:00 typed by mistake is asked about ("Qua nửa đêm?"), never saved as a 23-hour window', () => {
    const typo = { weekly: { days: [1], windows: [{ start: '08:00', end: '07:00' }] }, everyMinutes: null, sharePercent: null };
    const refused = itemTiming.safeParse(typo);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['weekly', 'windows', 0, 'end']);
    expect(refused.error?.issues[0]?.message).toContain('Qua nửa đêm');
    expect(itemTiming.safeParse({ ...typo, weekly: { days: [1], windows: [{ start: '08:00', end: '07:00', overnight: true }] } }).success).toBe(true);
  });

  it('its frequency travels with it into the plan (always on air, at least every 3 minutes)', () => {
    const s = state([], { content: [item('often', { screens: 'all', timing: { weekly: null, everyMinutes: 3, sharePercent: null } })] });
    expect(planFor(s, 'gate', at('2026-11-30T10:00'))?.items[0]).toMatchObject({ contentId: 'often', everyMinutes: 3, sharePercent: null });
  });
});

const slot = (seconds: number, sharePercent: number | null = null): LoopSlot => ({ seconds, everyMinutes: null, sharePercent });

describe('a notice can take a share of the loop ("1/3 thời lượng") instead of a number of minutes', () => {
  it.each([50, 33, 25, 10])('24 slides of 15 s and a 20-second notice at %i%%: the notice is on screen at least that share of the time', (share) => {
    const slots = [...Array.from({ length: 24 }, () => slot(15)), slot(20, share)];
    const figures = loopFigures(slots);
    const noticeSeconds = (figures.items[24]?.plays ?? 0) * 20;
    expect(noticeSeconds / figures.loopSeconds).toBeGreaterThanOrEqual(share / 100 - 0.01);
    // …and not wildly more: within 10 points of what was asked.
    expect(noticeSeconds / figures.loopSeconds).toBeLessThanOrEqual(share / 100 + 0.1);
    // Every other slide still plays exactly once.
    expect(figures.items.slice(0, 24).every((f) => f.plays === 1)).toBe(true);
  });

  it('share and minutes together: the tighter bound wins', () => {
    const slots = [...Array.from({ length: 24 }, () => slot(15)), { seconds: 10, everyMinutes: 1, sharePercent: 10 }];
    const loop = buildLoop(slots);
    // 10 % of time for a 10-second slide is every 100 s; "every minute" is tighter.
    expect(loopFigures(slots, loop).items[24]?.longestGapSeconds).toBeLessThanOrEqual(60);
  });
});
