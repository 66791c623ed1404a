import type { ContentItem, FeedbackDetail, FeedbackItem, FeedbackView, User } from '@bangtin/shared';
import { deadlineOf, type DeadlineCalendar } from './deadlines.ts';

/** The office's view of an item: everything but who sent it (that needs the audited `sender` route). */
export function toView(item: FeedbackItem, calendar: DeadlineCalendar, users: ReadonlyMap<string, User>): FeedbackView {
  const { sender, fingerprint: _fingerprint, ...rest } = item;
  const deadline = deadlineOf(item, calendar);
  const assignee = item.assigneeId ? users.get(item.assigneeId) : undefined;
  return {
    ...rest,
    dueDate: deadline.dueDate,
    hasEmail: Boolean(sender?.email),
    hasPhone: Boolean(sender?.phone),
    senderPurged: sender === null,
    ...(assignee ? { assigneeName: assignee.displayName } : {}),
    deadline: deadline.state,
    ...(deadline.daysLeft !== undefined ? { daysLeft: deadline.daysLeft } : {}),
  };
}

export function toDetail(
  item: FeedbackItem,
  calendar: DeadlineCalendar,
  users: ReadonlyMap<string, User>,
  senderViews: FeedbackDetail['senderViews'],
  content: ContentItem | undefined,
): FeedbackDetail {
  return {
    ...toView(item, calendar, users),
    history: item.history.map((event) => {
      const by = event.by ? users.get(event.by) : undefined;
      return by ? { ...event, byName: by.displayName } : event;
    }),
    senderViews,
    ...(content ? { contentStatus: content.status } : {}),
  };
}
