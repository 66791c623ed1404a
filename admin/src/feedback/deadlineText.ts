import type { FeedbackView } from '@bangtin/shared';
import type { MessageKey, Params } from '../i18n.ts';

type Translate = (key: MessageKey, params?: Params) => string;

/** "còn 3 ngày làm việc", "hạn hôm nay", "quá hạn 2 ngày làm việc", "đã xong". */
export function deadlineText(item: Pick<FeedbackView, 'deadline' | 'daysLeft'>, t: Translate): string {
  if (item.deadline === 'closed' || item.daysLeft === undefined) return t('feedback.closed');
  if (item.deadline === 'overdue') return t('feedback.overdueBy', { days: Math.max(1, -item.daysLeft) });
  return item.daysLeft === 0 ? t('feedback.dueToday') : t('feedback.daysLeft', { days: item.daysLeft });
}
