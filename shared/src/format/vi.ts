import { pad2, zonedParts } from './time.ts';

/** Weekday names as on Vietnamese screens (index 1 = Monday … 7 = Sunday). */
export const VI_WEEKDAYS = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'] as const;

/**
 * "Thứ Bảy, ngày 28 tháng 11 năm 2026". Days below 10 and months 1–2 take a leading zero
 * (NĐ 30/2020/NĐ-CP, Phụ lục I): "ngày 05 tháng 8", "ngày 01 tháng 02".
 */
export function formatLongDateVi(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const month = p.month <= 2 ? pad2(p.month) : String(p.month);
  return `${VI_WEEKDAYS[p.weekday]}, ngày ${pad2(p.day)} tháng ${month} năm ${p.year}`;
}

/** 24-hour "07:15". */
export function formatTimeVi(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** "28/11/2026" from an ISO date (2026-11-28) or an instant in the given timezone. */
export function formatShortDateVi(value: string | Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  if (typeof value === 'string') {
    const [y, m, d] = value.slice(0, 10).split('-');
    return `${d}/${m}/${y}`;
  }
  const p = zonedParts(value, timeZone);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** "28/11/2026 07:15" for timestamps in lists and audit logs. */
export function formatDateTimeVi(instant: Date, timeZone: string): string {
  return `${formatShortDateVi(instant, timeZone)} ${formatTimeVi(instant, timeZone)}`;
}

/**
 * Vietnamese number: "." groups thousands, "," is the decimal mark: 160.000 · 92,57 · 0,8241.
 * Written by hand rather than through Intl so screens and tests agree whatever ICU data the browser ships.
 */
export function formatNumberVi(value: number, fractionDigits?: number): string {
  if (!Number.isFinite(value)) return '—';
  const fixed = fractionDigits === undefined ? String(Math.abs(value)) : Math.abs(value).toFixed(fractionDigits);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

/** "92,57%" */
export function formatPercentVi(value: number, fractionDigits?: number): string {
  return `${formatNumberVi(value, fractionDigits)}%`;
}

/** A change against last year: "+1,32", "−0,4", "0". */
export function formatSignedVi(value: number, fractionDigits?: number): string {
  const body = formatNumberVi(Math.abs(value), fractionDigits);
  if (value > 0) return `+${body}`;
  if (value < 0) return `−${body}`;
  return body;
}

/** "360.000 đồng" */
export function formatMoneyVi(value: number): string {
  return `${formatNumberVi(Math.round(value))} đồng`;
}

/** "3/63" */
export function formatRankVi(rank: number, rankOf: number | null): string {
  return rankOf ? `${rank}/${rankOf}` : String(rank);
}
