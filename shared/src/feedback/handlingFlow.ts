import type { FeedbackStatus } from '../schemas/feedback.ts';

/**
 * The handling flow of a phản ánh, kiến nghị (NĐ 20/2008: nhận → vào sổ → phân loại → xử lý → công khai kết quả):
 * mới → đã tiếp nhận → đang xử lý → đã trả lời → đã công khai, or không tiếp nhận / đã chuyển while it is still being
 * classified or handled. Rejected, forwarded and published items are closed. `published` is reached only when the
 * principal approves the answer slide, never by a step of the office.
 */
export type FeedbackStep = 'receive' | 'start' | 'reply' | 'reject' | 'forward';

const STEP_TARGET: Record<FeedbackStep, FeedbackStatus> = {
  receive: 'received',
  start: 'processing',
  reply: 'answered',
  reject: 'rejected',
  forward: 'forwarded',
};

/** Which steps each status allows. */
const ALLOWED: Record<FeedbackStatus, readonly FeedbackStep[]> = {
  new: ['receive', 'reject', 'forward'],
  received: ['start', 'reject', 'forward'],
  processing: ['reply', 'forward'],
  answered: [],
  published: [],
  rejected: [],
  forwarded: [],
};

export const stepTarget = (step: FeedbackStep): FeedbackStatus => STEP_TARGET[step];
export const allowedSteps = (status: FeedbackStatus): readonly FeedbackStep[] => ALLOWED[status];
export const mayTakeStep = (status: FeedbackStatus, step: FeedbackStep): boolean => ALLOWED[status].includes(step);

/** An answered item may be offered for publication (an answer slide waiting for approval). */
export const mayPublish = (status: FeedbackStatus): boolean => status === 'answered';

/** Still the office's business: counts for deadlines and reminders. */
export const isOpen = (status: FeedbackStatus): boolean => status === 'new' || status === 'received' || status === 'processing';

/** Someone is put in charge only while there is something to do; internal notes are allowed at any time. */
export const mayAssign = (status: FeedbackStatus): boolean => isOpen(status) || status === 'answered';
