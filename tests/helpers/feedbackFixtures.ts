import type { FeedbackItem } from '@bangtin/shared';
import type { Store } from '../../server/src/store/store.ts';

/** The sender of every test feedback: details that must never leave the office (audit, mail to others, slides). */
export const KNOWN_SENDER = { name: 'Nguyễn Thị Lan', address: 'Số 12 ngõ 34 Nam Đô', phone: '0912345678', email: 'lan.phuhuynh@example.vn' };

/** A feedback as the public form stores it (intake's domain creates the same shape), put straight into the store. */
export async function insertFeedback(store: Store, at: Date, overrides: Partial<FeedbackItem> = {}): Promise<FeedbackItem> {
  const iso = at.toISOString();
  const item: FeedbackItem = {
    id: `f-${Math.random().toString(16).slice(2, 10)}`,
    code: 'GY-7K3Q',
    subject: 'handling',
    content: 'Giờ trả trẻ lớp Lá 2 thường muộn 20 phút, phụ huynh phải chờ ngoài cổng.',
    sender: KNOWN_SENDER,
    status: 'new',
    createdAt: iso,
    updatedAt: iso,
    history: [{ at: iso, status: 'new' }],
    version: 1,
    ...overrides,
  };
  await store.feedback.insert(item);
  return item;
}
