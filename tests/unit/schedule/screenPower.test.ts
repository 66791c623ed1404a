import { powerWindow, screenIsOn, screenInput } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

const TZ = 'Asia/Ho_Chi_Minh';
/** School hours: Mon–Fri 06:30–17:30, Saturday morning 07:00–11:00; Sunday dark. */
const SCHOOL = [
  { days: [1, 2, 3, 4, 5], on: '06:30', off: '17:30' },
  { days: [6], on: '07:00', off: '11:00' },
];
const at = (local: string) => new Date(`${local}+07:00`);

describe('screen on/off timetable (the kiosk blanks outside it)', () => {
  it('is lit from the on minute to just before the off minute, on the chosen days only, on the school’s clock', () => {
    expect(screenIsOn(SCHOOL, at('2026-11-30T06:29:59'), TZ)).toBe(false); // Monday, a second before it wakes
    expect(screenIsOn(SCHOOL, at('2026-11-30T06:30:00'), TZ)).toBe(true);
    expect(screenIsOn(SCHOOL, at('2026-11-30T17:29:59'), TZ)).toBe(true);
    expect(screenIsOn(SCHOOL, at('2026-11-30T17:30:00'), TZ)).toBe(false); // dark at the off minute
    expect(screenIsOn(SCHOOL, at('2026-12-05T10:59:00'), TZ)).toBe(true); // Saturday morning
    expect(screenIsOn(SCHOOL, at('2026-12-05T12:00:00'), TZ)).toBe(false);
    expect(screenIsOn(SCHOOL, at('2026-12-06T09:00:00'), TZ)).toBe(false); // Sunday
    // 23:30 UTC on Sunday is 06:30 on Monday in Hà Nội: the school's wall clock decides, not UTC's weekday.
    expect(screenIsOn(SCHOOL, new Date('2026-11-29T23:30:00Z'), TZ)).toBe(true);
  });

  it('no timetable (older screens, or emptied) means always on', () => {
    expect(screenIsOn(undefined, at('2026-12-06T03:00:00'), TZ)).toBe(true);
    expect(screenIsOn([], at('2026-12-06T03:00:00'), TZ)).toBe(true);
  });

  it('refuses a window that ends before it starts or has no day, and keeps older screen inputs valid', () => {
    expect(powerWindow.safeParse({ days: [1], on: '17:30', off: '06:30' }).success).toBe(false);
    expect(powerWindow.safeParse({ days: [], on: '06:30', off: '17:30' }).success).toBe(false);
    const base = { slug: 'gate', name: 'Cổng trường', location: '', orientation: 'landscape', profile: 'gate', group: '' };
    expect(screenInput.safeParse(base).success).toBe(true);
    expect(screenInput.safeParse({ ...base, powerSchedule: SCHOOL }).success).toBe(true);
  });
});
