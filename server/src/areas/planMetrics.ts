import { calendarDate, satisfactionOf } from '@bangtin/shared';
import type { Store } from '../store/store.ts';
import type { PlanMetricSources } from './planReport.ts';

/** Feedback and the survey are the plan's "gop-y" area: their figures count there and nowhere else. */
const FEEDBACK_AREA = 'gop-y';

/**
 * The yearly report's figures from the parents' channels (issue #13): feedback answered by its working-day deadline,
 * and survey responses, in the period (school days, in the school's timezone).
 */
export function planMetricsFromFeedback(store: Store): PlanMetricSources {
  return {
    async feedbackAnsweredOnTime(area, from, to) {
      if (area !== FEEDBACK_AREA) return null;
      const { timezone } = await store.getSchool();
      return (await store.feedback.list()).filter((item) => {
        if (!item.repliedAt) return false;
        const replied = calendarDate(new Date(item.repliedAt), timezone);
        return replied >= from && replied <= to && (!item.dueDate || replied <= item.dueDate);
      }).length;
    },
    async surveyResponses(area, from, to) {
      if (area !== FEEDBACK_AREA) return null;
      return (await store.surveyResponses.list()).filter((r) => r.date >= from && r.date <= to).length;
    },
    async voice(from, to) {
      const { timezone } = await store.getSchool();
      const day = (iso: string) => calendarDate(new Date(iso), timezone);
      const within = (iso: string | undefined) => iso !== undefined && day(iso) >= from && day(iso) <= to;
      const feedback = await store.feedback.list();
      const answered = feedback.filter((item) => within(item.repliedAt));
      const responses = (await store.surveyResponses.list()).filter((r) => r.date >= from && r.date <= to);
      return {
        feedbackReceived: feedback.filter((item) => within(item.createdAt)).length,
        feedbackAnswered: answered.length,
        feedbackAnsweredOnTime: answered.filter((item) => !item.dueDate || day(item.repliedAt ?? '') <= item.dueDate).length,
        surveyResponses: responses.length,
        satisfactionIndex: satisfactionOf(responses).index.overall,
      };
    },
  };
}
