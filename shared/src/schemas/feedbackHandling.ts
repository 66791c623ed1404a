import { z } from 'zod';
import { feedbackEvent, feedbackItem, feedbackSender, feedbackStatus, feedbackSubject } from './feedback.ts';
import { contentStatus } from './content.ts';
import { pageQuery } from './paging.ts';
import { isoDate, isoDateTime, requiredText, text } from './text.ts';

/**
 * The office side of phản ánh, kiến nghị (issue #13 item 2): the handling calendar, the inbox, the steps.
 */

export const holiday = z.object({ date: isoDate, name: requiredText(120) });
export type Holiday = z.infer<typeof holiday>;

/**
 * Cài đặt → "Ngày nghỉ và thời hạn xử lý phản ánh". The handbook holds no rule for the handling time of a phản ánh,
 * kiến nghị about a school, so it is the school's setting (default 10 working days, to be confirmed by the school).
 */
export const feedbackCalendar = z.object({
  handlingDays: z.int('Nhập số ngày').min(1, 'Tối thiểu 1 ngày làm việc').max(60, 'Tối đa 60 ngày làm việc'),
  /** Due in this many working days or fewer → a reminder. */
  remindDays: z.int('Nhập số ngày').min(0).max(10),
  holidays: z.array(holiday).max(200),
});
export type FeedbackCalendar = z.infer<typeof feedbackCalendar>;

/**
 * Seeded holidays: only the fixed solar dates (Tết Dương lịch 1/1, Ngày Chiến thắng 30/4, Ngày Quốc tế lao động 1/5,
 * Quốc khánh 2/9). Tết Nguyên đán, Giỗ Tổ Hùng Vương (lunar dates) and the day next to Quốc khánh are announced each
 * year; the school enters them (the settings section says so) — none is guessed here.
 */
const fixedHolidays = (year: number): Holiday[] => [
  { date: `${year}-01-01`, name: 'Tết Dương lịch' },
  { date: `${year}-04-30`, name: 'Ngày Chiến thắng' },
  { date: `${year}-05-01`, name: 'Ngày Quốc tế lao động' },
  { date: `${year}-09-02`, name: 'Quốc khánh' },
];
export const DEFAULT_FEEDBACK_CALENDAR: FeedbackCalendar = {
  handlingDays: 10,
  remindDays: 2,
  holidays: [...fixedHolidays(2026), ...fixedHolidays(2027)],
};
/** Holidays the school must enter itself (their dates change every year). */
export const HOLIDAYS_TO_ENTER = [
  'Tết Nguyên đán (theo âm lịch, theo thông báo hằng năm)',
  'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  'Ngày liền kề Quốc khánh 2/9 (trước hoặc sau, theo thông báo hằng năm)',
] as const;

/** Where an open item stands against its deadline (working days, school calendar). */
export const deadlineState = z.enum(['ok', 'soon', 'overdue', 'closed']);
export type DeadlineState = z.infer<typeof deadlineState>;

/** An item as the inbox and the detail show it: never the sender's details (those need `GET …/sender`, audited). */
export const feedbackView = feedbackItem.omit({ sender: true, fingerprint: true }).extend({
  hasEmail: z.boolean(),
  hasPhone: z.boolean(),
  senderPurged: z.boolean(),
  assigneeName: z.string().optional(),
  deadline: deadlineState,
  /** Working days left (negative: overdue by that many); absent when closed or without a due date. */
  daysLeft: z.int().optional(),
});
export type FeedbackView = z.infer<typeof feedbackView>;

export const feedbackHistoryRow = feedbackEvent.extend({ byName: z.string().optional() });
export const senderViewing = z.object({ at: isoDateTime, actor: z.string() });
export const feedbackDetail = feedbackView.extend({
  history: z.array(feedbackHistoryRow),
  /** Who opened the sender's details, from the audit log (newest first). */
  senderViews: z.array(senderViewing),
  /** Status of the answer slide, when one was made (waiting, approved, sent back…). */
  contentStatus: contentStatus.optional(),
});
export type FeedbackDetail = z.infer<typeof feedbackDetail>;

export const feedbackSenderReply = feedbackSender.nullable();

export const feedbackInboxQuery = z.object({
  status: feedbackStatus.optional(),
  subject: feedbackSubject.optional(),
  /** 'overdue' = past the deadline; 'soon' = due within the reminder window (overdue included). */
  due: z.enum(['overdue', 'soon']).optional(),
  /** A user id, or 'none' for items nobody has taken. */
  assignee: z.string().max(64).optional(),
  q: text(200).optional(),
  ...pageQuery,
});
export type FeedbackInboxQuery = z.infer<typeof feedbackInboxQuery>;

/** The menu badge and the reminders: open items due soon and overdue, and new ones nobody has received. */
export const feedbackCounts = z.object({ new: z.int().min(0), soon: z.int().min(0), overdue: z.int().min(0) });
export type FeedbackCounts = z.infer<typeof feedbackCounts>;

const base = { baseVersion: z.int().min(1) };
export const feedbackPlainStep = z.object(base);
export const feedbackRejectStep = z.object({ ...base, reason: requiredText(1000) });
export const feedbackForwardStep = z.object({ ...base, to: requiredText(300) });
export const feedbackReplyStep = z.object({ ...base, reply: requiredText(5000) });
export const feedbackAssignStep = z.object({ ...base, assigneeId: z.string().max(64) });
export const feedbackNoteStep = z.object({ ...base, note: requiredText(2000) });
export const feedbackPublishStep = z.object({
  ...base,
  summary: requiredText(1000),
  answer: requiredText(3500),
  /** The office read the warning that the text seems to contain the sender's name, phone or e-mail, and sends it anyway. */
  acknowledgeSenderMentions: z.boolean().optional(),
});
export type FeedbackPublishStep = z.infer<typeof feedbackPublishStep>;

/** The staff a feedback may be assigned to (id and name only). */
export const feedbackStaff = z.array(z.object({ id: z.string(), name: z.string() }));
