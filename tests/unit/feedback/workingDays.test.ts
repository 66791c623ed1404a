import { describe, expect, it } from 'vitest';
import { addWorkingDays, DEFAULT_FEEDBACK_CALENDAR, isWorkingDay, workingDaysLeft } from '@bangtin/shared';

const none = new Set<string>();
const seeded = new Set(DEFAULT_FEEDBACK_CALENDAR.holidays.map((h) => h.date));
// Tết Nguyên đán 2027 as a school would enter it (the seed leaves lunar holidays to the school): 5–9/2/2027, say.
const withTet = new Set([...seeded, '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);

describe('working-day deadlines (a deadline never lands on a weekend or a holiday)', () => {
  it('counts from the day after receipt and skips the weekend: Friday + 2 → Tuesday', () => {
    expect(addWorkingDays('2026-12-04', 2, none)).toBe('2026-12-08');
    expect(addWorkingDays('2026-12-04', 1, none)).toBe('2026-12-07');
  });

  it('something received on a Saturday starts counting on Monday', () => {
    expect(addWorkingDays('2026-12-05', 1, none)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-05', 10, none)).toBe('2026-12-18');
  });

  it('10 working days across 30/4 and 1/5 (seeded holidays) end two days later than without them', () => {
    expect(addWorkingDays('2026-04-27', 10, none)).toBe('2026-05-11');
    expect(addWorkingDays('2026-04-27', 10, seeded)).toBe('2026-05-13');
  });

  it('Tết entered by the school pushes a deadline across the whole break', () => {
    // Thursday 4/2/2027 + 3 working days: without Tết → Tuesday 9/2; with Tết (Fri 5 – Thu 11) → Fri 12, Mon 15, Tue 16.
    expect(addWorkingDays('2027-02-04', 3, seeded)).toBe('2027-02-09');
    expect(addWorkingDays('2027-02-04', 3, withTet)).toBe('2027-02-16');
  });

  it('New Year on a Friday (1/1/2027) is not a working day; the weekend after is not either', () => {
    expect(isWorkingDay('2027-01-01', seeded)).toBe(false);
    expect(isWorkingDay('2027-01-02', seeded)).toBe(false);
    expect(addWorkingDays('2026-12-31', 1, seeded)).toBe('2027-01-04');
  });

  it('days left: 0 on the day, positive before, negative after (in working days)', () => {
    expect(workingDaysLeft('2026-12-08', '2026-12-08', none)).toBe(0);
    expect(workingDaysLeft('2026-12-04', '2026-12-08', none)).toBe(2);
    expect(workingDaysLeft('2026-12-10', '2026-12-08', none)).toBe(-2);
    expect(workingDaysLeft('2026-04-29', '2026-05-04', seeded)).toBe(1);
  });

  it('seeds only the fixed-date holidays for 2026–2027 (lunar ones are left to the school)', () => {
    expect(DEFAULT_FEEDBACK_CALENDAR.holidays.map((h) => h.date)).toEqual([
      '2026-01-01', '2026-04-30', '2026-05-01', '2026-09-02',
      '2027-01-01', '2027-04-30', '2027-05-01', '2027-09-02',
    ]);
    expect(DEFAULT_FEEDBACK_CALENDAR.handlingDays).toBe(10);
  });
});
