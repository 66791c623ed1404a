import type { FeedbackCalendar, PublicUser } from '@bangtin/shared';
import type { Store } from '../../store/store.ts';
import type { AuditLog } from '../audit.ts';
import type { DomainEvents } from '../events.ts';

/** Cài đặt → holidays and the handling time. Deadlines already stored keep their date; new receipts use the new rule. */
export function createFeedbackCalendarSettings({ store, audit, events }: { store: Store; audit: AuditLog; events: DomainEvents }) {
  return {
    get: () => store.getFeedbackCalendar(),
    async save(input: FeedbackCalendar, actor: PublicUser): Promise<FeedbackCalendar> {
      // One row per day, in date order, whatever order they were typed in.
      const byDate = new Map(input.holidays.map((h) => [h.date, h]));
      const calendar: FeedbackCalendar = { ...input, holidays: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)) };
      await store.saveFeedbackCalendar(calendar);
      await audit.record({
        actor: actor.username,
        action: 'feedback.calendar',
        entity: 'settings',
        entityId: 'feedback-calendar',
        summary: `Thời hạn xử lý phản ánh ${calendar.handlingDays} ngày làm việc, nhắc trước ${calendar.remindDays} ngày; ${calendar.holidays.length} ngày nghỉ lễ`,
      });
      events.emit('feedback.changed', { id: '' });
      return calendar;
    },
  };
}
export type FeedbackCalendarSettings = ReturnType<typeof createFeedbackCalendarSettings>;
