import { describe, expect, it } from 'vitest';
import { scheduleInput, type TimelineSegment } from '@bangtin/shared';
import { translate, type MessageKey, type Params } from '../../../admin/src/i18n.ts';
import { previewCron } from '../../../admin/src/schedule/cronRuns.ts';
import { describeDays, describeMinutes, describeWeekly } from '../../../admin/src/schedule/describe.ts';
import { candidateOf, EMPTY_SCHEDULE } from '../../../admin/src/schedule/formValues.ts';
import { parseScheduleRoute, scheduleHref } from '../../../admin/src/schedule/routes.ts';
import { instantAt, mondayOf, weekBlocks } from '../../../admin/src/schedule/weekGrid.ts';

const t = (key: MessageKey, params?: Params) => translate('vi', key, params);
const TZ = 'Asia/Ho_Chi_Minh';

describe('schedule "when" in words', () => {
  it('collapses runs of days and names single days', () => {
    expect(describeDays([5, 1, 2, 3, 4], t)).toBe('Thứ Hai – Thứ Sáu');
    expect(describeDays([1, 2, 3, 4, 5, 6, 7], t)).toBe('Hằng ngày');
    expect(describeDays([1, 3, 6, 7], t)).toBe('Thứ Hai, Thứ Tư, Thứ Bảy, Chủ nhật');
  });

  it('explains a window that crosses midnight, and an empty list as the whole day', () => {
    expect(describeWeekly({ kind: 'weekly', days: [6], windows: [{ start: '22:00', end: '02:00' }] }, t)).toBe(
      'Thứ Bảy · 22:00–02:00 (kết thúc hôm sau)',
    );
    expect(describeWeekly({ kind: 'weekly', days: [1], windows: [] }, t)).toBe('Thứ Hai · cả ngày');
  });

  it('writes durations in days, hours and minutes', () => {
    expect(describeMinutes(45, t)).toBe('45 phút');
    expect(describeMinutes(150, t)).toBe('2 giờ 30 phút');
    expect(describeMinutes(1440, t)).toBe('1 ngày');
  });
});

describe('cron preview', () => {
  const now = new Date('2026-11-28T10:00:00+07:00'); // a Saturday

  it('lists the next runs on the school clock, inside the date range', () => {
    const preview = previewCron('15 7 * * 1-5', { dateFrom: '', dateUntil: '2026-12-02' }, now, TZ);
    expect(preview.error).toBeNull();
    expect(preview.runs.map((r) => r.toISOString())).toEqual([
      '2026-11-30T00:15:00.000Z',
      '2026-12-01T00:15:00.000Z',
      '2026-12-02T00:15:00.000Z',
    ]);
  });

  it('starts from the first day of a future range', () => {
    const preview = previewCron('0 7 * * *', { dateFrom: '2027-01-10', dateUntil: '' }, now, TZ, 1);
    expect(preview.runs[0]?.toISOString()).toBe('2027-01-10T00:00:00.000Z');
  });

  it('flags both day fields and reports parse errors in Vietnamese', () => {
    expect(previewCron('0 7 13 * 5', { dateFrom: '', dateUntil: '' }, now, TZ).setsBothDayFields).toBe(true);
    expect(previewCron('61 7 * * *', { dateFrom: '', dateUntil: '' }, now, TZ).error).toContain('phút phải từ 0 đến 59');
  });
});

describe('schedule form values', () => {
  it('turn into a valid ScheduleInput, with "" numbers refused as missing', () => {
    const values = { ...EMPTY_SCHEDULE, name: 'Đón trẻ', contentIds: ['a1'], windows: [{ start: '06:45', end: '08:00' }] };
    expect(scheduleInput.safeParse(candidateOf(values)).success).toBe(true);
    const parsed = scheduleInput.safeParse(candidateOf({ ...values, priority: '' }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['priority']);
  });

  it('send a playlist instead of content when the playlist source is chosen', () => {
    const candidate = candidateOf({ ...EMPTY_SCHEDULE, name: 'x', source: 'playlist', playlistId: 'p1', contentIds: ['a1'] }, 3);
    expect(candidate).toMatchObject({ contentIds: [], playlistId: 'p1', baseVersion: 3 });
  });
});

describe('week grid', () => {
  const monday = mondayOf(new Date('2026-11-28T10:00:00+07:00'), TZ);
  const segment = (from: string, until: string, entries: string[]): TimelineSegment => ({
    from: new Date(from).toISOString(),
    until: new Date(until).toISOString(),
    items: [],
    activeEntryIds: entries,
    emergencyId: null,
  });

  it('finds the Monday of the week on the school clock', () => {
    expect(instantAt(monday, '07:15', TZ).toISOString()).toBe('2026-11-23T00:15:00.000Z');
  });

  it('cuts a segment across midnight into two day blocks and leaves the default rotation empty', () => {
    const blocks = weekBlocks(
      [
        segment('2026-11-23T00:00:00+07:00', '2026-11-28T22:00:00+07:00', []),
        segment('2026-11-28T22:00:00+07:00', '2026-11-29T02:00:00+07:00', ['night']),
      ],
      monday,
      TZ,
    );
    expect(blocks.map((b) => [b.column, b.startMinute, b.endMinute, b.continued, b.continues])).toEqual([
      [5, 1320, 1440, false, true],
      [6, 0, 120, true, false],
    ]);
  });
});

describe('schedule routes', () => {
  it('round-trip every page', () => {
    for (const route of [
      { page: 'schedules' },
      { page: 'scheduleNew' },
      { page: 'scheduleEdit', id: 'abc-1' },
      { page: 'scheduleWeek' },
      { page: 'playlists' },
      { page: 'emergency' },
    ] as const) {
      expect(parseScheduleRoute(scheduleHref(route).split('/'))).toEqual(route);
    }
    expect(parseScheduleRoute(['playlists', 'x'])).toBeNull();
  });
});
