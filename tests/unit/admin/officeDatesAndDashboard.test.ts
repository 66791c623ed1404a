import type { ContentItem, FeedbackAddress } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { expiringSoon, feedbackGaps, waitingApproval } from '../../../admin/src/home/dashboardData.ts';
import { lunarNewYearToEnter } from '../../../admin/src/feedback/lunarNewYearGap.ts';
import { addMonths, maskDateText, monthGrid, textToIso, valueOfText } from '../../../admin/src/ui/date/dateText.ts';

describe('dd/mm/yyyy typed the Vietnamese way, whatever the browser language', () => {
  it('reads day before month, checks the calendar, and keeps a wrong text for the schema to name', () => {
    expect(textToIso('05/02/2026')).toBe('2026-02-05'); // 5 February, never 2 May
    expect(textToIso('5/2/2026')).toBe('2026-02-05');
    expect(textToIso('29/02/2028')).toBe('2028-02-29');
    expect(textToIso('29/02/2026')).toBeNull();
    expect(textToIso('02/13/2026')).toBeNull(); // an American month-first date is not silently swapped
    expect(textToIso('2026-11-28')).toBe('2026-11-28'); // pasted ISO
    expect(valueOfText('')).toBe('');
    expect(valueOfText('31/04/2026')).toBe('31/04/2026');
  });

  it('adds the slashes while digits are typed, and leaves typed separators alone', () => {
    expect(maskDateText('28')).toBe('28');
    expect(maskDateText('2811')).toBe('28/11');
    expect(maskDateText('28112026')).toBe('28/11/2026');
    expect(maskDateText('281120261')).toBe('28/11/2026');
    expect(maskDateText('28/112')).toBe('28/11/2'); // typing on after the mask's own slash
    expect(maskDateText('1/2/2026')).toBe('1/2/2026');
    expect(maskDateText('28.11.2026')).toBe('28.11.2026');
  });

  it('draws months Monday first (Thứ Hai … Chủ nhật) and moves by month without overflowing', () => {
    const november = monthGrid(2026, 11); // 1 November 2026 is a Sunday
    expect(november[0]?.map((d) => d.day)).toEqual([26, 27, 28, 29, 30, 31, 1]);
    expect(november.flat().filter((d) => d.inMonth)).toHaveLength(30);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
});

const item = (id: string, status: ContentItem['status'], validUntil: string | null, updatedAt = '2026-11-20T01:00:00.000Z') =>
  ({ id, status, validUntil, updatedAt, type: 'slogan', text: id }) as unknown as ContentItem;

describe('the office dashboard counts what needs doing', () => {
  it('content ending within 7 days: approved or waiting, today included, soonest first', () => {
    const items = [
      item('sau-8-ngay', 'approved', '2026-12-13'),
      item('hom-nay', 'approved', '2026-12-05'),
      item('hom-qua', 'approved', '2026-12-04'),
      item('nhap', 'draft', '2026-12-06'),
      item('cho-duyet', 'submitted', '2026-12-12'),
      item('khong-han', 'approved', null),
    ];
    expect(expiringSoon(items, '2026-12-05').map((i) => i.id)).toEqual(['hom-nay', 'cho-duyet']);
  });

  it('waiting approvals are the submitted ones, the longest waiting first', () => {
    const items = [item('b', 'submitted', null, '2026-11-21T00:00:00.000Z'), item('a', 'submitted', null, '2026-11-19T00:00:00.000Z'), item('c', 'draft', null)];
    expect(waitingApproval(items).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('the NĐ 20/2008 warning stays until agency, address, phone and e-mail are real (a seeded reminder is not an address)', () => {
    const seeded: FeedbackAddress = {
      agency: 'Trường mầm non Vườn Xanh Nam Đô – Bộ phận tiếp nhận và trả kết quả',
      address: 'Địa chỉ nhà trường (cập nhật trong phần Cài đặt)',
      mailingAddress: '',
      phone: '',
      email: '',
      website: '',
    };
    expect(feedbackGaps(seeded)).toEqual(['address', 'phone', 'email']);
    expect(feedbackGaps({ ...seeded, address: 'Số 1 phố Nam Đô, Hà Nội', phone: '024 0000 0000', email: 'vanphong@example.edu.vn' })).toEqual([]);
  });
});

describe('the dashboard asks for Tết instead of guessing its dates', () => {
  const fixed = [
    { date: '2027-01-01', name: 'Tết Dương lịch' },
    { date: '2027-04-30', name: 'Ngày Chiến thắng' },
  ];
  it('names the next Tết Nguyên đán the holiday list lacks (the seeded fixed-date holidays do not count)', () => {
    expect(lunarNewYearToEnter(fixed, '2026-12-05')).toBe(2027);
    expect(lunarNewYearToEnter(fixed, '2027-02-10')).toBe(2027);
    // Past 20 February Tết of this year is over: the next one is asked for.
    expect(lunarNewYearToEnter(fixed, '2027-03-01')).toBe(2028);
  });
  it('is quiet once the school has entered the days of that Tết', () => {
    const entered = [...fixed, { date: '2027-02-05', name: 'Nghỉ Tết Nguyên đán (theo thông báo)' }];
    expect(lunarNewYearToEnter(entered, '2026-12-05')).toBeNull();
    expect(lunarNewYearToEnter(entered, '2027-03-01')).toBe(2028);
  });
});
