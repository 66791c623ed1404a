import { z } from 'zod';
import { isValidTimeZone } from '../format/time.ts';
import { mediaRef } from './media.ts';
import { requiredText, text } from './text.ts';

/**
 * The block NĐ 20/2008/NĐ-CP Điều 13 requires next to posted procedures: where citizens send
 * phản ánh, kiến nghị about administrative regulations.
 */
export const feedbackAddress = z.object({
  agency: requiredText(300),
  // May stay empty until the school sets it: the screens then leave the line out (never a placeholder) and the
  // office dashboard asks for it.
  address: text(300),
  mailingAddress: text(300),
  phone: text(50),
  email: text(200),
  website: text(300),
});
export type FeedbackAddress = z.infer<typeof feedbackAddress>;

/**
 * How long a slide without its own duration stays up: its reading time, kept between these bounds.
 * Added after schemaVersion 1, so it carries a default and an older db.json still loads.
 */
export const slideDefaults = z
  .object({
    minSeconds: z.int('Nhập số giây').min(3, 'Tối thiểu 3 giây').max(60, 'Tối đa 60 giây'),
    maxSeconds: z.int('Nhập số giây').min(10, 'Tối thiểu 10 giây').max(600, 'Tối đa 600 giây'),
  })
  .refine((d) => d.minSeconds <= d.maxSeconds, { message: 'Thời gian tối thiểu phải nhỏ hơn tối đa', path: ['maxSeconds'] });
export type SlideDefaults = z.infer<typeof slideDefaults>;
export const DEFAULT_SLIDE_DEFAULTS: SlideDefaults = { minSeconds: 8, maxSeconds: 120 };

/** An http(s) address without query or fragment; a trailing slash is dropped so paths join cleanly. */
export const publicUrl = z
  .string()
  .trim()
  .max(300, 'Tối đa 300 ký tự')
  .refine((value) => value === '' || isPublicAddress(value), 'Nhập địa chỉ bắt đầu bằng https:// hoặc http://, ví dụ https://bangtin.truong.edu.vn')
  .transform((value) => value.replace(/\/+$/, ''));

/** http(s)://host[:port][/path] — no user, query or fragment (shared/ has no URL class: no DOM, no Node). */
function isPublicAddress(value: string): boolean {
  return /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?(\/[^\s?#]*)?$/i.test(value);
}

export const uiLanguage = z.enum(['vi', 'en']);
export type UiLanguage = z.infer<typeof uiLanguage>;

export const school = z.object({
  name: requiredText(200),
  shortName: text(80),
  parentAgency: text(200),
  address: text(300),
  logoUrl: text(500).optional(),
  officeHours: text(500),
  timezone: requiredText(64).refine(isValidTimeZone, 'Múi giờ không hợp lệ (ví dụ: Asia/Ho_Chi_Minh)'),
  tickerText: text(500),
  feedback: feedbackAddress,
  slideDefaults: slideDefaults.default(DEFAULT_SLIDE_DEFAULTS),
  /** The console's language for someone who has not chosen one yet. */
  uiLanguage: uiLanguage.default('vi'),
  /** Shown on screens while the seeded data has not been re-checked by the school. */
  sampleData: z.boolean(),
  /**
   * The address parents' phones reach (QR codes, feeds, shared links), e.g. https://bangtin.truong.edu.vn — the LAN
   * address kiosks use is not reachable from a phone on mobile data. '' = not set: pages use the address they were opened by.
   */
  publicUrl: publicUrl.default(''),
});
export type School = z.infer<typeof school>;

/** What the settings page sends: the logo must come from the media library (or be removed). */
export const schoolUpdate = school.extend({ logoUrl: z.union([mediaRef, z.literal('')]).optional() });
export type SchoolUpdate = z.input<typeof schoolUpdate>;
