import { z } from 'zod';
import { isValidTimeZone } from '../format/time.ts';
import { requiredText, text } from './text.ts';

/**
 * The block NĐ 20/2008/NĐ-CP Điều 13 requires next to posted procedures: where citizens send
 * phản ánh, kiến nghị about administrative regulations.
 */
export const feedbackAddress = z.object({
  agency: requiredText(300),
  address: requiredText(300),
  mailingAddress: text(300),
  phone: text(50),
  email: text(200),
  website: text(300),
});
export type FeedbackAddress = z.infer<typeof feedbackAddress>;

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
  /** Shown on screens while the seeded data has not been re-checked by the school. */
  sampleData: z.boolean(),
});
export type School = z.infer<typeof school>;

export const schoolUpdate = school;
