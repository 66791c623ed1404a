import type { FeedbackAddress } from '../schemas/school.ts';

/**
 * A value the school has not really set: empty, or a hint left by an older first start ("Địa chỉ nhà trường (cập nhật
 * trong phần Cài đặt)"), which must never reach the public as if it were an address.
 */
export function isUnsetFeedbackValue(value: string): boolean {
  return value.trim() === '' || /cập nhật[^)]*trong phần Cài đặt/iu.test(value.normalize('NFC'));
}

export type FeedbackLineKey = 'address' | 'mailingAddress' | 'phone' | 'email' | 'website';
const LINE_KEYS: readonly FeedbackLineKey[] = ['address', 'mailingAddress', 'phone', 'email', 'website'];

/**
 * The NĐ 20/2008 contact block as the public may see it: the agency (null when unset) and only the lines that are
 * set, in the decree's order. Nothing set at all → the screens leave the block out; the office dashboard warns.
 */
export function publicFeedback(feedback: FeedbackAddress): { agency: string | null; lines: { key: FeedbackLineKey; value: string }[] } {
  return {
    agency: isUnsetFeedbackValue(feedback.agency) ? null : feedback.agency,
    lines: LINE_KEYS.filter((key) => !isUnsetFeedbackValue(feedback[key])).map((key) => ({ key, value: feedback[key].trim() })),
  };
}
