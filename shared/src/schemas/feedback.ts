import { z } from 'zod';
import { isoDate, isoDateTime, requiredText, text } from './text.ts';

/**
 * Phản ánh, kiến nghị (NĐ 20/2008/NĐ-CP) and hiến kế from parents and staff (issue #13). The sender's details are
 * office-only: they never reach a screen, a public page, a feed, a log line or a proof report.
 */

/** The legal subjects: behaviour or delays in handling procedures; rules unsuitable, inconsistent or hard to follow; proposals. */
export const feedbackSubject = z.enum(['handling', 'regulation', 'proposal']);
export type FeedbackSubject = z.infer<typeof feedbackSubject>;
export const FEEDBACK_SUBJECT_LABELS: Record<FeedbackSubject, string> = {
  handling: 'Hành vi, sự chậm trễ trong giải quyết thủ tục hành chính',
  regulation: 'Quy định không phù hợp, không thống nhất, khó thực hiện',
  proposal: 'Đề xuất, sáng kiến (hiến kế)',
};

/**
 * mới → đã tiếp nhận → đang xử lý → đã trả lời → đã công khai; or không tiếp nhận (with a reason) / đã chuyển (to whom).
 */
export const feedbackStatus = z.enum(['new', 'received', 'processing', 'answered', 'published', 'rejected', 'forwarded']);
export type FeedbackStatus = z.infer<typeof feedbackStatus>;
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: 'Mới',
  received: 'Đã tiếp nhận',
  processing: 'Đang xử lý',
  answered: 'Đã trả lời',
  published: 'Đã công khai',
  rejected: 'Không tiếp nhận',
  forwarded: 'Đã chuyển',
};

/** A readable-aloud tracking code: GY- and four characters without look-alikes (no 0/O, 1/I/L). */
export const FEEDBACK_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const feedbackCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^GY-[2-9A-HJKMNP-Z]{4,6}$/, 'Mã theo dõi có dạng GY-7K3Q');

export const feedbackSender = z.object({
  name: requiredText(100),
  address: requiredText(300),
  phone: text(20),
  email: text(200),
});
export type FeedbackSender = z.infer<typeof feedbackSender>;

/** One step of the handling, kept for the office and the audit; `note` is internal unless the step is the reply. */
export const feedbackEvent = z.object({
  at: isoDateTime,
  /** Who did it (a user id), or none for the sender's own submission and scheduled jobs. */
  by: z.string().max(64).optional(),
  status: feedbackStatus.optional(),
  note: text(2000).optional(),
});
export type FeedbackEvent = z.infer<typeof feedbackEvent>;

export const feedbackItem = z.object({
  id: z.string().min(1).max(64),
  code: z.string().min(4).max(12),
  subject: feedbackSubject,
  content: requiredText(5000),
  /** A picture from the media library (re-encoded, metadata stripped); office-only until an answer is published. */
  photoId: z.string().max(64).optional(),
  /** Cleared (with `senderPurgedAt` set) by the retention purge or a deletion on request. */
  sender: feedbackSender.nullable(),
  senderPurgedAt: isoDateTime.optional(),
  status: feedbackStatus,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** The school day the handling must be finished by (working days from receipt). */
  dueDate: isoDate.optional(),
  assigneeId: z.string().max(64).optional(),
  /** Không tiếp nhận: why; đã chuyển: to whom. */
  rejectReason: text(1000).optional(),
  forwardedTo: text(300).optional(),
  /** The school's answer to the sender. */
  reply: text(5000).optional(),
  repliedAt: isoDateTime.optional(),
  /** What the public sees: an anonymised summary and answer, approved like any content before it reaches a screen. */
  publicSummary: text(1000).optional(),
  publicAnswer: text(5000).optional(),
  publishedAt: isoDateTime.optional(),
  /** The display content item carrying the published answer, once one exists. */
  contentId: z.string().max(64).optional(),
  history: z.array(feedbackEvent).max(500),
  /** A hash of normalised content + contact, to spot the same message sent twice (duplicates are linked, not stored twice). */
  fingerprint: z.string().max(128).optional(),
  version: z.int().min(1),
});
export type FeedbackItem = z.infer<typeof feedbackItem>;

/** POST /api/public/feedback (and the /gop-y form): phone or e-mail is required (NĐ 20/2008). */
export const feedbackInput = z
  .object({
    name: requiredText(100),
    address: requiredText(300),
    phone: text(20).optional(),
    email: text(200).optional(),
    subject: feedbackSubject,
    content: requiredText(5000),
    photoId: z.string().max(64).optional(),
  })
  .refine((f) => Boolean(f.phone?.trim() || f.email?.trim()), { message: 'Vui lòng nhập số điện thoại hoặc thư điện tử', path: ['phone'] });
export type FeedbackInput = z.infer<typeof feedbackInput>;

/** GET /api/public/feedback/{code}: status, dates and the published answer — never who sent it. */
export const publicFeedbackStatus = z.object({
  code: z.string(),
  subject: feedbackSubject,
  status: feedbackStatus,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  dueDate: isoDate.optional(),
  publicSummary: z.string().optional(),
  publicAnswer: z.string().optional(),
  publishedAt: isoDateTime.optional(),
});
export type PublicFeedbackStatus = z.infer<typeof publicFeedbackStatus>;
