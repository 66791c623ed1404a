import { z } from 'zod';
import { feedbackEvent, feedbackSender, feedbackStatus, feedbackSubject } from './feedback.ts';
import { isoDateTime } from './text.ts';

/** Months a sender's details are kept when the school has not chosen (issue #13 item 6). */
export const DEFAULT_FEEDBACK_RETENTION_MONTHS = 24;

/** One sender, found by the phone number or e-mail address they wrote (admin only, audited). */
export const senderLookup = z.object({
  contact: z
    .string({ error: 'Nhập số điện thoại hoặc thư điện tử của người gửi' })
    .trim()
    .normalize('NFC')
    .min(5, 'Nhập số điện thoại hoặc thư điện tử của người gửi')
    .max(200, 'Dài quá 200 ký tự'),
});
export type SenderLookup = z.infer<typeof senderLookup>;

export const senderExportQuery = senderLookup.extend({ format: z.enum(['json', 'csv']).default('json') });

/** What the privacy page lists for a sender: their items, with the details they gave (only admins see this). */
export const senderRecord = z.object({
  id: z.string(),
  code: z.string(),
  subject: feedbackSubject,
  status: feedbackStatus,
  createdAt: isoDateTime,
  sender: feedbackSender.nullable(),
  senderPurgedAt: isoDateTime.optional(),
  content: z.string(),
  hasPhoto: z.boolean(),
});
export type SenderRecord = z.infer<typeof senderRecord>;

/** The export: everything stored about the sender's items (a data subject access request). */
export const senderExport = z.object({
  exportedAt: isoDateTime,
  contact: z.string(),
  items: z.array(
    senderRecord.extend({
      updatedAt: isoDateTime,
      reply: z.string().optional(),
      repliedAt: isoDateTime.optional(),
      history: z.array(feedbackEvent),
    }),
  ),
});
export type SenderExport = z.infer<typeof senderExport>;

export const senderErasure = z.object({ erased: z.int().min(0), codes: z.array(z.string()) });
export type SenderErasure = z.infer<typeof senderErasure>;

export const feedbackRetention = z.object({
  months: z.int('Nhập số tháng').min(1, 'Tối thiểu 1 tháng').max(120, 'Tối đa 120 tháng'),
});
export type FeedbackRetention = z.infer<typeof feedbackRetention>;

