import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  formatLongDateVi,
  formatMoneyVi,
  formatNumberVi,
  formatPercentVi,
  formatRankVi,
  formatShortDateVi,
  formatSignedVi,
  formatTimeVi,
} from '@bangtin/shared';

const HCM = 'Asia/Ho_Chi_Minh';

describe('Vietnamese dates in the school timezone', () => {
  it('writes the screen heading exactly as the customer expects', () => {
    expect(formatLongDateVi(new Date('2026-11-28T03:00:00Z'), HCM)).toBe('Thứ Bảy, ngày 28 tháng 11 năm 2026');
  });

  it('pads days below 10 and months 1–2 with a zero (NĐ 30/2020)', () => {
    expect(formatLongDateVi(new Date('2023-08-05T03:00:00Z'), HCM)).toBe('Thứ Bảy, ngày 05 tháng 8 năm 2023');
    expect(formatLongDateVi(new Date('2023-02-01T03:00:00Z'), HCM)).toBe('Thứ Tư, ngày 01 tháng 02 năm 2023');
  });

  it('names Sunday "Chủ nhật"', () => {
    expect(formatLongDateVi(new Date('2026-11-29T03:00:00Z'), HCM)).toBe('Chủ nhật, ngày 29 tháng 11 năm 2026');
  });

  it('rolls the day over at midnight Hà Nội time, not UTC', () => {
    const justAfterMidnight = new Date('2026-11-27T17:30:00Z'); // 00:30 on the 28th in UTC+7
    expect(calendarDate(justAfterMidnight, HCM)).toBe('2026-11-28');
    expect(formatTimeVi(justAfterMidnight, HCM)).toBe('00:30');
    expect(formatLongDateVi(justAfterMidnight, HCM)).toBe('Thứ Bảy, ngày 28 tháng 11 năm 2026');
    expect(calendarDate(justAfterMidnight, 'UTC')).toBe('2026-11-27');
  });

  it('writes short dates as dd/MM/yyyy', () => {
    expect(formatShortDateVi('2026-11-28')).toBe('28/11/2026');
    expect(formatShortDateVi(new Date('2026-01-04T20:00:00Z'), HCM)).toBe('05/01/2026');
  });
});

describe('Vietnamese numbers', () => {
  it('uses a comma for decimals and a dot for thousands', () => {
    expect(formatPercentVi(92.57)).toBe('92,57%');
    expect(formatNumberVi(160000)).toBe('160.000');
    expect(formatNumberVi(0.8241, 4)).toBe('0,8241');
    expect(formatNumberVi(1234567.5, 1)).toBe('1.234.567,5');
    expect(formatMoneyVi(360000)).toBe('360.000 đồng');
  });

  it('signs changes and ranks', () => {
    expect(formatSignedVi(1.32)).toBe('+1,32');
    expect(formatSignedVi(-0.4)).toBe('−0,4');
    expect(formatSignedVi(0)).toBe('0');
    expect(formatRankVi(3, 63)).toBe('3/63');
    expect(formatRankVi(1, 34)).toBe('1/34');
    expect(formatRankVi(3, null)).toBe('3');
  });

  it('never prints NaN', () => {
    expect(formatNumberVi(Number.NaN)).toBe('—');
  });
});
