import type { ContentItem, EmergencyStatus, FeedbackAddress } from '@bangtin/shared';
import { addDays } from '../ui/date/dateText.ts';

/** How far ahead the office is told about content that stops playing. */
export const EXPIRY_WINDOW_DAYS = 7;

/** Approved or waiting items whose last day falls within the next `days` days (today included), soonest first. */
export function expiringSoon(items: readonly ContentItem[], today: string, days = EXPIRY_WINDOW_DAYS): ContentItem[] {
  const last = addDays(today, days);
  return items
    .filter((item) => (item.status === 'approved' || item.status === 'submitted') && item.validUntil !== null)
    .filter((item) => item.validUntil !== null && item.validUntil >= today && item.validUntil <= last)
    .sort((a, b) => (a.validUntil ?? '').localeCompare(b.validUntil ?? ''));
}

/** Items sent for approval, oldest first (the one waiting longest is the one to chase). */
export const waitingApproval = (items: readonly ContentItem[]) =>
  items.filter((item) => item.status === 'submitted').sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));

/** Emergency notices still on screens at `nowMs`. */
export const activeEmergencies = (list: readonly EmergencyStatus[], nowMs: number) =>
  list.filter((status) => status.active && Date.parse(status.notice.expiresAt) > nowMs);

/** The NĐ 20/2008 fields the dashboard insists on: without them the reception's feedback block cannot be shown. */
export const FEEDBACK_FIELDS = ['agency', 'address', 'phone', 'email'] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

/** A seeded reminder ("… (cập nhật trong phần Cài đặt)") is not an address: it counts as missing. */
const PLACEHOLDER = /cập nhật trong phần cài đặt/i;

/** Which of agency, address, phone and e-mail are still empty or placeholders. */
export const feedbackGaps = (feedback: FeedbackAddress): FeedbackField[] =>
  FEEDBACK_FIELDS.filter((field) => feedback[field].trim() === '' || PLACEHOLDER.test(feedback[field]));
