import { feedbackApi } from '@bangtin/shared/api';
import type { FeedbackCalendarSettings } from '../../domain/feedback/calendarSettings.ts';
import type { FeedbackHandling } from '../../domain/feedback/handling.ts';
import { bindRoutes } from '../route.ts';

export function feedbackRoutes(handling: FeedbackHandling, calendar: FeedbackCalendarSettings) {
  return bindRoutes(feedbackApi, {
    list: ({ query }) => handling.list(query),
    counts: () => handling.counts(),
    staff: () => handling.staff(),
    calendar: () => calendar.get(),
    saveCalendar: ({ body, user }) => calendar.save(body, user),
    get: ({ params }) => handling.get(params.id),
    sender: ({ params, user }) => handling.sender(params.id, user),
    receive: ({ params, body, user }) => handling.receive(params.id, body.baseVersion, user),
    start: ({ params, body, user }) => handling.start(params.id, body.baseVersion, user),
    reject: ({ params, body, user }) => handling.reject(params.id, body.baseVersion, body.reason, user),
    forward: ({ params, body, user }) => handling.forward(params.id, body.baseVersion, body.to, user),
    reply: ({ params, body, user }) => handling.reply(params.id, body.baseVersion, body.reply, user),
    assign: ({ params, body, user }) => handling.assign(params.id, body.baseVersion, body.assigneeId, user),
    note: ({ params, body, user }) => handling.note(params.id, body.baseVersion, body.note, user),
    publish: ({ params, body, user }) => handling.publish(params.id, body, user),
  });
}
