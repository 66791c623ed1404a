import { describe, expect, it } from 'vitest';
import { planFor, screenTimeline, type ScheduleState } from '@bangtin/shared';
import { at, cronRule, entry, item, state, weekly } from './fixtures.ts';

/**
 * Conformance vectors for the one schedule evaluator (shared/src/schedule/evaluate.ts). Each row: a schedule, an
 * instant on the school's wall clock (Asia/Ho_Chi_Minh, UTC+7), what the gate screen plays then and when that may next
 * change. The cron engine itself is checked against croner in cron.test.ts.
 */
interface Vector {
  name: string;
  state: ScheduleState;
  at: string;
  plays: string[];
  next?: string | null;
  screen?: string;
}

const MON_FRI = [1, 2, 3, 4, 5];
const dropOff = entry('don', weekly(MON_FRI, [['06:45', '08:00']]));
const lateNight = entry('dem', weekly([7], [['22:00', '02:00']]));
const saturdayNight = entry('t7', weekly([6], [['22:00', '02:00']]));
const sundayAllDay = entry('cn', weekly([7]));
const everyNight = (extra = {}) => entry('khuya', weekly([1, 2, 3, 4, 5, 6, 7], [['23:00', '01:00']]), extra);

const vectors: Vector[] = [
  // Windows and their edges (start inclusive, end exclusive).
  { name: 'inside the drop-off window on Monday', state: state([dropOff]), at: '2026-11-30T07:15:00', plays: ['don-item'], next: '2026-11-30T08:00:00' },
  { name: 'one second before the window opens', state: state([dropOff]), at: '2026-11-30T06:44:59', plays: [], next: '2026-11-30T06:45:00' },
  { name: 'exactly at the window start', state: state([dropOff]), at: '2026-11-30T06:45:00', plays: ['don-item'], next: '2026-11-30T08:00:00' },
  { name: 'exactly at the window end (exclusive)', state: state([dropOff]), at: '2026-11-30T08:00:00', plays: [], next: '2026-12-01T06:45:00' },
  { name: 'Saturday: next is Monday morning', state: state([dropOff]), at: '2026-12-05T07:15:00', plays: [], next: '2026-12-07T06:45:00' },
  { name: 'Friday after the window: next is Monday', state: state([dropOff]), at: '2026-12-04T09:00:00', plays: [], next: '2026-12-07T06:45:00' },
  // Across midnight: the window belongs to the day it starts.
  { name: 'Sunday 23:30 inside Sunday 22:00–02:00', state: state([lateNight]), at: '2026-12-06T23:30:00', plays: ['dem-item'], next: '2026-12-07T02:00:00' },
  { name: 'Monday 01:30 still in Sunday’s window (Monday not selected)', state: state([lateNight]), at: '2026-12-07T01:30:00', plays: ['dem-item'], next: '2026-12-07T02:00:00' },
  { name: 'Monday 02:00 the Sunday window has closed', state: state([lateNight]), at: '2026-12-07T02:00:00', plays: [], next: '2026-12-13T22:00:00' },
  { name: 'Sunday 21:59 before the window', state: state([lateNight]), at: '2026-12-06T21:59:00', plays: [], next: '2026-12-06T22:00:00' },
  { name: 'Sunday 01:00 in Saturday’s window', state: state([saturdayNight]), at: '2026-12-06T01:00:00', plays: ['t7-item'] },
  { name: 'Sunday 23:00: Saturday-only window is not open', state: state([saturdayNight]), at: '2026-12-06T23:00:00', plays: [], next: '2026-12-12T22:00:00' },
  // Whole days.
  { name: 'Sunday 00:00 whole day', state: state([sundayAllDay]), at: '2026-12-06T00:00:00', plays: ['cn-item'], next: '2026-12-07T00:00:00' },
  { name: 'Sunday 23:59:59 whole day', state: state([sundayAllDay]), at: '2026-12-06T23:59:59', plays: ['cn-item'] },
  { name: 'Monday 00:00 after a Sunday-only day', state: state([sundayAllDay]), at: '2026-12-07T00:00:00', plays: [], next: '2026-12-13T00:00:00' },
  // Month and year ends, date-range edges.
  { name: 'month end: 30 Nov 23:30 in a nightly window', state: state([everyNight()]), at: '2026-11-30T23:30:00', plays: ['khuya-item'], next: '2026-12-01T01:00:00' },
  { name: 'month end: 1 Dec 00:30 in the window opened on 30 Nov', state: state([everyNight()]), at: '2026-12-01T00:30:00', plays: ['khuya-item'] },
  { name: 'date range ends 30 Nov: the window it opened still runs past midnight', state: state([everyNight({ dateUntil: '2026-11-30' })]), at: '2026-12-01T00:30:00', plays: ['khuya-item'], next: '2026-12-01T01:00:00' },
  { name: 'date range ends 30 Nov: no window on 1 Dec', state: state([everyNight({ dateUntil: '2026-11-30' })]), at: '2026-12-01T23:30:00', plays: [], next: null },
  { name: 'date range starts 1 Dec: 30 Nov 23:59 not yet', state: state([entry('dau', weekly([1, 2, 3, 4, 5, 6, 7]), { dateFrom: '2026-12-01' })]), at: '2026-11-30T23:59:00', plays: [], next: '2026-12-01T00:00:00' },
  { name: 'date range starts 1 Dec: 1 Dec 00:00 on', state: state([entry('dau', weekly([1, 2, 3, 4, 5, 6, 7]), { dateFrom: '2026-12-01' })]), at: '2026-12-01T00:00:00', plays: ['dau-item'] },
  { name: 'date range last day 30 Nov: 23:59 still on, ends at midnight', state: state([entry('cuoi', weekly([1, 2, 3, 4, 5, 6, 7]), { dateUntil: '2026-11-30' })]), at: '2026-11-30T12:00:00', plays: ['cuoi-item'], next: '2026-12-01T00:00:00' },
  { name: 'year end: 31 Dec 23:00 window runs into 1 Jan', state: state([entry('nam', weekly([4], [['23:00', '01:00']]))]), at: '2027-01-01T00:30:00', plays: ['nam-item'] },
  { name: '29 February (leap year): on that day', state: state([entry('nhuan', weekly([1, 2, 3, 4, 5, 6, 7]), { dateFrom: '2028-02-29', dateUntil: '2028-02-29' })]), at: '2028-02-29T10:00:00', plays: ['nhuan-item'], next: '2028-03-01T00:00:00' },
  { name: '29 February: the day before, next is its midnight', state: state([entry('nhuan', weekly([1, 2, 3, 4, 5, 6, 7]), { dateFrom: '2028-02-29', dateUntil: '2028-02-29' })]), at: '2028-02-28T10:00:00', plays: [], next: '2028-02-29T00:00:00' },
  { name: '29 February: 1 March is off', state: state([entry('nhuan', weekly([1, 2, 3, 4, 5, 6, 7]), { dateFrom: '2028-02-29', dateUntil: '2028-02-29' })]), at: '2028-03-01T00:00:00', plays: [], next: null },
  // Several windows a day.
  { name: 'between drop-off and pick-up: next is 16:00', state: state([entry('hai', weekly(MON_FRI, [['06:45', '08:00'], ['16:00', '17:30']]))]), at: '2026-11-30T12:00:00', plays: [], next: '2026-11-30T16:00:00' },
  // Priorities and modes.
  {
    name: 'replace: the higher priority wins',
    state: state([entry('a', weekly([1]), { mode: 'replace', priority: 5 }), entry('b', weekly([1]), { mode: 'replace', priority: 3 })]),
    at: '2026-11-30T10:00:00',
    plays: ['a-item'],
  },
  {
    name: 'replace: a priority tie plays both, older entry first',
    state: state([
      entry('moi', weekly([1]), { mode: 'replace', priority: 5, createdAt: '2026-06-01T00:00:00.000Z' }),
      entry('cu', weekly([1]), { mode: 'replace', priority: 5, createdAt: '2026-01-01T00:00:00.000Z' }),
    ]),
    at: '2026-11-30T10:00:00',
    plays: ['cu-item', 'moi-item'],
  },
  {
    name: 'add: higher priority first, then the base rotation',
    state: state([entry('lo', weekly([1]), { priority: 1 }), entry('hi', weekly([1]), { priority: 10 })], { content: [item('base', { screens: 'all' })] }),
    at: '2026-11-30T10:00:00',
    plays: ['hi-item', 'lo-item', 'base'],
  },
  {
    name: 'add: a priority tie keeps the older entry first',
    state: state([entry('b2', weekly([1]), { createdAt: '2026-02-01T00:00:00.000Z' }), entry('a2', weekly([1]), { createdAt: '2026-03-01T00:00:00.000Z' })]),
    at: '2026-11-30T10:00:00',
    plays: ['b2-item', 'a2-item'],
  },
  { name: 'replace hides the base rotation', state: state([entry('khan', weekly([1]), { mode: 'replace' })], { content: [item('base', { screens: 'all' })] }), at: '2026-11-30T10:00:00', plays: ['khan-item'] },
  {
    name: 'replace with only a draft item is ignored: base plays',
    state: state([entry('nhap', weekly([1]), { mode: 'replace' })], { content: [item('nhap-item', { status: 'draft' }), item('base', { screens: 'all' })] }),
    at: '2026-11-30T10:00:00',
    plays: ['base'],
  },
  { name: 'a disabled entry never plays', state: state([entry('tat', weekly([1]), { enabled: false })]), at: '2026-11-30T10:00:00', plays: [] },
  // Where.
  { name: 'group target: gate is in "cong"', state: state([entry('nhom', weekly([1]), { screens: { screenIds: [], groups: ['cong'] } })]), at: '2026-11-30T10:00:00', plays: ['nhom-item'] },
  { name: 'group target: reception is not', state: state([entry('nhom', weekly([1]), { screens: { screenIds: [], groups: ['cong'] } })]), at: '2026-11-30T10:00:00', plays: [], screen: 'reception' },
  { name: 'screen target by id', state: state([entry('rieng', weekly([1]), { screens: { screenIds: ['reception'], groups: [] } })]), at: '2026-11-30T10:00:00', plays: ['rieng-item'], screen: 'reception' },
  // Base rotation and content rules.
  {
    name: 'default playlist first, then direct assignments, each once',
    state: state([], { content: [item('p1'), item('p2', { screens: 'all' }), item('d1', { screens: ['gate'] })], playlists: [{ id: 'mac-dinh', contentIds: ['p1', 'p2'] }], defaultPlaylistId: 'mac-dinh' }),
    at: '2026-11-30T10:00:00',
    plays: ['p1', 'p2', 'd1'],
  },
  {
    name: 'a scheduled item past its own validity does not play',
    state: state([entry('het', weekly([1]), { contentIds: ['cu'] })], { content: [item('cu', { validUntil: '2026-11-29' })] }),
    at: '2026-11-30T10:00:00',
    plays: [],
  },
  {
    name: 'an item valid from tomorrow: next change at its midnight',
    state: state([], { content: [item('mai', { screens: 'all', validFrom: '2026-12-01' })] }),
    at: '2026-11-30T10:00:00',
    plays: [],
    next: '2026-12-01T00:00:00',
  },
  { name: 'a draft never plays, even when scheduled', state: state([entry('nhap2', weekly([1]))], { content: [item('nhap2-item', { status: 'submitted' })] }), at: '2026-11-30T10:00:00', plays: [] },
  // Cron rules (the AND rule for day fields is checked in cron.test.ts).
  { name: 'cron 0 7 * * 1-5 for 60 min: Monday 07:30 on', state: state([entry('c1', cronRule('0 7 * * 1-5', 60))]), at: '2026-11-30T07:30:00', plays: ['c1-item'], next: '2026-11-30T08:00:00' },
  { name: 'cron 0 7 * * 1-5: Monday 08:00 off, next Tuesday 07:00', state: state([entry('c1', cronRule('0 7 * * 1-5', 60))]), at: '2026-11-30T08:00:00', plays: [], next: '2026-12-01T07:00:00' },
  { name: 'cron 0 23 * * * for 120 min: 00:30 on (across midnight)', state: state([entry('c2', cronRule('0 23 * * *', 120))]), at: '2026-12-01T00:30:00', plays: ['c2-item'], next: '2026-12-01T01:00:00' },
  { name: 'cron run on the last day of the range still runs past midnight', state: state([entry('c3', cronRule('0 23 * * *', 120), { dateUntil: '2026-11-30' })]), at: '2026-12-01T00:30:00', plays: ['c3-item'] },
  { name: 'cron on 29 February', state: state([entry('c4', cronRule('0 0 29 2 *', 60))]), at: '2028-02-29T00:30:00', plays: ['c4-item'], next: '2028-02-29T01:00:00' },
  { name: 'cron every minute for 1 minute is one continuous window (no boundary each minute)', state: state([entry('c7', cronRule('* * * * *', 1))]), at: '2026-11-30T10:00:30', plays: ['c7-item'], next: '2026-11-30T11:01:00' },
  { name: 'cron runs that overlap extend the window: 0 */2 * * * for 3 h ends after the last run of the day', state: state([entry('c8', cronRule('0 */2 * * *', 180), { dateUntil: '2026-11-30' })]), at: '2026-11-30T21:00:00', plays: ['c8-item'], next: '2026-12-01T01:00:00' },
  { name: 'cron with Sunday as 0 and as 7 alike', state: state([entry('c5', cronRule('0 9 * * 0', 30)), entry('c6', cronRule('0 9 * * 7', 30))]), at: '2026-12-06T09:10:00', plays: ['c5-item', 'c6-item'] },
  // Emergency notices.
  {
    name: 'an active emergency is reported; next change at its expiry',
    state: state([], { emergencies: [{ id: 'e1', screens: 'all', startedAt: '2026-11-30T00:00:00.000Z', expiresAt: '2026-11-30T05:00:00.000Z', clearedAt: null }] }),
    at: '2026-11-30T10:00:00',
    plays: [],
    next: '2026-11-30T12:00:00',
  },
];

describe('schedule evaluator — conformance vectors', () => {
  it.each(vectors)('$name', (v) => {
    const plan = planFor(v.state, v.screen ?? 'gate', at(v.at));
    expect(plan).not.toBeNull();
    expect(plan?.items.map((i) => i.contentId)).toEqual(v.plays);
    if (v.next !== undefined) expect(plan?.nextChangeAt).toBe(v.next === null ? null : at(v.next).toISOString());
  });
});

describe('schedule evaluator — details', () => {
  it('reports the emergency and forgets a cleared one', () => {
    const notice = { id: 'e1', screens: ['gate'] as string[], startedAt: '2026-11-30T00:00:00.000Z', expiresAt: '2026-11-30T05:00:00.000Z', clearedAt: null };
    expect(planFor(state([], { emergencies: [notice] }), 'gate', at('2026-11-30T08:00:00'))?.emergencyId).toBe('e1');
    expect(planFor(state([], { emergencies: [notice] }), 'reception', at('2026-11-30T08:00:00'))?.emergencyId).toBeNull();
    const cleared = { ...notice, clearedAt: '2026-11-30T00:30:00.000Z' };
    expect(planFor(state([], { emergencies: [cleared] }), 'gate', at('2026-11-30T08:00:00'))?.emergencyId).toBeNull();
  });

  it('a future emergency is a boundary', () => {
    const notice = { id: 'e2', screens: 'all' as const, startedAt: '2026-11-30T03:00:00.000Z', expiresAt: '2026-11-30T05:00:00.000Z', clearedAt: null };
    expect(planFor(state([], { emergencies: [notice] }), 'gate', at('2026-11-30T08:00:00'))?.nextChangeAt).toBe('2026-11-30T03:00:00.000Z');
  });

  it('carries the per-slide duration override and the entry that put the item there', () => {
    const plan = planFor(state([entry('dur', weekly([1]), { durationSeconds: 20 })]), 'gate', at('2026-11-30T10:00:00'));
    expect(plan?.items).toEqual([{ contentId: 'dur-item', entryId: 'dur', durationSeconds: 20, everyMinutes: null, sharePercent: null }]);
    expect(plan?.activeEntryIds).toEqual(['dur']);
  });

  it('a playlist entry plays the playlist in order', () => {
    const s = state([entry('pl', weekly([1]), { contentIds: [], playlistId: 'sang' })], { content: [item('x'), item('y')], playlists: [{ id: 'sang', contentIds: ['y', 'x'] }] });
    expect(planFor(s, 'gate', at('2026-11-30T10:00:00'))?.items.map((i) => i.contentId)).toEqual(['y', 'x']);
  });

  it('the week timeline of the gate shows the drop-off window on each weekday', () => {
    const s = state([dropOff], { content: [item('base', { screens: 'all' })] });
    const segments = screenTimeline(s, 'gate', at('2026-11-30T00:00:00'), at('2026-12-07T00:00:00'));
    const windows = segments.filter((seg) => seg.activeEntryIds.includes('don'));
    expect(windows.map((w) => [w.from, w.until])).toEqual(
      ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((d) => [at(`${d}T06:45:00`).toISOString(), at(`${d}T08:00:00`).toISOString()]),
    );
    expect(segments[0]?.items.map((i) => i.contentId)).toEqual(['base']);
  });
});
