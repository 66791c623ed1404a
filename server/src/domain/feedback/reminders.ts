import { FEEDBACK_SUBJECT_LABELS, type FeedbackCounts, type FeedbackItem } from '@bangtin/shared';
import type { Clock } from '../../clock.ts';
import type { Store } from '../../store/store.ts';
import type { DomainEvents } from '../events.ts';
import { deadlineCalendar, deadlineOf } from './deadlines.ts';

/** One line of the office's reminder mail: code, subject, due date (ISO) — never who sent it. */
export interface ReminderLine {
  code: string;
  subject: string;
  dueDate: string;
  overdue: boolean;
}

export interface ReminderMailPort {
  /** Mails the office the list when SMTP and office recipients are set; false otherwise. */
  remind(lines: readonly ReminderLine[]): Promise<boolean>;
}

/**
 * The reminder job (node-cron, mornings of working days; tests call `run()` after moving the clock): open items due in
 * the reminder window (default ≤ 2 working days) and overdue ones → an in-app push (consoles refresh their menu badge)
 * and, when mail is set, one mail to the office listing them.
 */
export function createFeedbackReminders({ store, clock, events, mail }: { store: Store; clock: Clock; events: DomainEvents; mail: ReminderMailPort }) {
  return {
    async run(): Promise<{ counts: FeedbackCounts; mailed: boolean }> {
      const [school, settings, items] = await Promise.all([store.getSchool(), store.getFeedbackCalendar(), store.feedback.list()]);
      const calendar = deadlineCalendar(clock.now(), school.timezone, settings);
      const counts: FeedbackCounts = { new: 0, soon: 0, overdue: 0 };
      const lines: ReminderLine[] = [];
      for (const item of items) {
        if (item.status === 'new') counts.new += 1;
        const deadline = deadlineOf(item, calendar);
        if (deadline.state !== 'soon' && deadline.state !== 'overdue') continue;
        counts[deadline.state] += 1;
        lines.push(line(item, deadline.dueDate, deadline.state === 'overdue'));
      }
      events.emit('feedback.reminders', { counts });
      lines.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
      const mailed = lines.length > 0 ? await mail.remind(lines) : false;
      return { counts, mailed };
    },
  };
}
export type FeedbackReminders = ReturnType<typeof createFeedbackReminders>;

const line = (item: FeedbackItem, dueDate: string, overdue: boolean): ReminderLine => ({
  code: item.code,
  subject: FEEDBACK_SUBJECT_LABELS[item.subject],
  dueDate,
  overdue,
});
