import type { ContentInput, FeedbackPublishStep } from '@bangtin/shared';
import { nextDay } from '@bangtin/shared';

export const ANSWER_SLIDE_TITLE = 'Kết quả xử lý phản ánh, kiến nghị';
/** The slide's badge: what it is, not the generic "Thông báo" of announcements. */
export const ANSWER_SLIDE_KICKER = 'Trả lời phản ánh';
/** An answer stays on the screens a month (calendar days); the office can change the dates before approval. */
const ON_AIR_DAYS = 30;

/**
 * The published answer as an announcement (the existing slide, approval workflow and editors; no new content type):
 * the anonymised summary, the school's answer and the tracking code, so the sender recognises it and a parent can look
 * it up at /gop-y/<code>. Never any sender detail.
 */
export function answerSlideInput(code: string, step: FeedbackPublishStep, today: string): ContentInput {
  let until = today;
  for (let i = 0; i < ON_AIR_DAYS; i += 1) until = nextDay(until);
  return {
    type: 'announcement',
    title: ANSWER_SLIDE_TITLE,
    kicker: ANSWER_SLIDE_KICKER,
    body: `**Nội dung phản ánh:** ${step.summary}\n\n**Trả lời của nhà trường:** ${step.answer}\n\nMã theo dõi: ${code}`,
    validFrom: today,
    validUntil: until,
    durationSeconds: null,
    sample: false,
    source: `Phản ánh, kiến nghị ${code}`,
    screens: 'all',
    // The plan's area for published answers to feedback (issue #14's list).
    areas: ['gop-y'],
    status: 'submitted',
  };
}
