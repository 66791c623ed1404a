import {
  addWorkingDays,
  calendarDate,
  isOpen,
  workingDaysLeft,
  type DeadlineState,
  type FeedbackCalendar,
  type FeedbackItem,
} from '@bangtin/shared';

/** The school's calendar for deadlines: today's date in its timezone and the set of holidays. */
export interface DeadlineCalendar {
  today: string;
  timezone: string;
  holidays: ReadonlySet<string>;
  settings: FeedbackCalendar;
}

export const deadlineCalendar = (now: Date, timezone: string, settings: FeedbackCalendar): DeadlineCalendar => ({
  today: calendarDate(now, timezone),
  timezone,
  holidays: new Set(settings.holidays.map((h) => h.date)),
  settings,
});

/** The stored due date, or (an item from before the handling calendar) the handling time from the day it arrived. */
export function dueDateOf(item: FeedbackItem, calendar: DeadlineCalendar): string {
  return item.dueDate ?? addWorkingDays(calendarDate(new Date(item.createdAt), calendar.timezone), calendar.settings.handlingDays, calendar.holidays);
}

export function deadlineOf(item: FeedbackItem, calendar: DeadlineCalendar): { state: DeadlineState; daysLeft?: number; dueDate: string } {
  const dueDate = dueDateOf(item, calendar);
  if (!isOpen(item.status)) return { state: 'closed', dueDate };
  const daysLeft = workingDaysLeft(calendar.today, dueDate, calendar.holidays);
  if (calendar.today > dueDate) return { state: 'overdue', daysLeft: Math.min(daysLeft, -1), dueDate };
  return { state: daysLeft <= calendar.settings.remindDays ? 'soon' : 'ok', daysLeft, dueDate };
}
