import { z } from 'zod';

/**
 * One schema per length limit, built on first use: zod schemas never change (every method returns a new one), so the
 * ≈ 160 fields that call these share a few dozen. Building each anew was ≈ 10 % of the CPU of importing shared, paid
 * by every server start, test worker and page load.
 */
function perLimit(build: (max: number) => z.ZodString): (max: number) => z.ZodString {
  const built = new Map<number, z.ZodString>();
  return (max) => {
    let schema = built.get(max);
    if (!schema) built.set(max, (schema = build(max)));
    return schema;
  };
}

/**
 * Every text we store is trimmed and normalised to Unicode NFC, so "Hỗ trợ" typed on a Mac (NFD) and on
 * Windows (NFC) compare equal and render with the bundled font's precomposed glyphs.
 */
export const text = perLimit((max) => z.string().trim().normalize('NFC').max(max));
export const requiredText = perLimit((max) => text(max).min(1));

export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Mã định danh chỉ gồm chữ thường không dấu, số và dấu gạch ngang');

/** A calendar date in the school's timezone, as written in forms: 2026-11-28. */
export const isoDate = z.iso.date();
/** An instant, always stored in UTC ISO 8601. */
export const isoDateTime = z.iso.datetime({ offset: true });

export const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value), 'Đường dẫn phải bắt đầu bằng http:// hoặc https://');
