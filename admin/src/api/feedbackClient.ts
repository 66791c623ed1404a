import type { FeedbackCalendar, FeedbackInboxQuery } from '@bangtin/shared';
import { feedbackApi } from '@bangtin/shared/api';
import type { Http } from './http.ts';

/** The office's feedback calls (issue #13 item 2), merged into the console's ApiClient. */
export function createFeedbackApi(call: Http['call']) {
  const on = (id: string) => ({ params: { id } });
  return {
    feedback: {
      list: (query: Partial<FeedbackInboxQuery>) => call(feedbackApi.list, { query }),
      counts: () => call(feedbackApi.counts, {}),
      staff: () => call(feedbackApi.staff, {}),
      get: (id: string) => call(feedbackApi.get, on(id)),
      /** Audited: the detail then lists who looked. */
      sender: (id: string) => call(feedbackApi.sender, on(id)),
      receive: (id: string, baseVersion: number) => call(feedbackApi.receive, { ...on(id), body: { baseVersion } }),
      start: (id: string, baseVersion: number) => call(feedbackApi.start, { ...on(id), body: { baseVersion } }),
      reject: (id: string, baseVersion: number, reason: string) => call(feedbackApi.reject, { ...on(id), body: { baseVersion, reason } }),
      forward: (id: string, baseVersion: number, to: string) => call(feedbackApi.forward, { ...on(id), body: { baseVersion, to } }),
      reply: (id: string, baseVersion: number, reply: string) => call(feedbackApi.reply, { ...on(id), body: { baseVersion, reply } }),
      assign: (id: string, baseVersion: number, assigneeId: string) => call(feedbackApi.assign, { ...on(id), body: { baseVersion, assigneeId } }),
      note: (id: string, baseVersion: number, note: string) => call(feedbackApi.note, { ...on(id), body: { baseVersion, note } }),
      publish: (id: string, body: { baseVersion: number; summary: string; answer: string; acknowledgeSenderMentions?: boolean }) =>
        call(feedbackApi.publish, { ...on(id), body }),
      calendar: () => call(feedbackApi.calendar, {}),
      saveCalendar: (calendar: FeedbackCalendar) => call(feedbackApi.saveCalendar, { body: calendar }),
    },
  };
}
