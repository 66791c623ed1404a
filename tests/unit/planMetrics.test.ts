import { Low, Memory } from 'lowdb';
import { describe, expect, it } from 'vitest';
import type { Database, PlanReport } from '@bangtin/shared';
import { planMetricsFromFeedback } from '../../server/src/areas/planMetrics.ts';
import { renderYearlyReport } from '../../server/src/public/report/yearlyReportPage.ts';
import { JsonStore } from '../../server/src/store/jsonStore.ts';
import { insertFeedback } from '../helpers/feedbackFixtures.ts';
import { seededDatabase } from '../helpers/testApp.ts';

describe('the yearly report counts the parents’ channels under the feedback area', () => {
  it('feedback answered by its deadline and survey responses in the period, nothing under other areas', async () => {
    const store = new JsonStore(new Low<Database>(new Memory(), await seededDatabase(new Date('2026-11-28T01:00:00Z'))));
    const received = new Date('2026-11-02T02:00:00Z');
    // On time (replied 9 Nov, due 16 Nov), late (replied 20 Nov, due 16 Nov), not answered, answered in another year.
    await insertFeedback(store, received, { id: 'f-1', code: 'GY-2222', dueDate: '2026-11-16', repliedAt: '2026-11-09T03:00:00Z' });
    await insertFeedback(store, received, { id: 'f-2', code: 'GY-3333', dueDate: '2026-11-16', repliedAt: '2026-11-20T03:00:00Z' });
    await insertFeedback(store, received, { id: 'f-3', code: 'GY-4444', dueDate: '2026-11-16' });
    await insertFeedback(store, received, { id: 'f-4', code: 'GY-5555', dueDate: '2027-01-04', repliedAt: '2027-01-02T03:00:00Z' });
    const answers = { access: 5, procedure: 4, staff: 5, result: 4, feedback: 3 } as const;
    for (const [id, date] of [['s-1', '2026-03-02'], ['s-2', '2026-11-30'], ['s-3', '2027-01-05']] as const) {
      await store.surveyResponses.insert({ id, date, channel: 'web', answers });
    }
    const metrics = planMetricsFromFeedback(store);
    expect(await metrics.feedbackAnsweredOnTime?.('gop-y', '2026-01-01', '2026-12-31')).toBe(1);
    expect(await metrics.surveyResponses?.('gop-y', '2026-01-01', '2026-12-31')).toBe(2);
    expect(await metrics.surveyResponses?.('gop-y', '2026-10-01', '2026-12-31')).toBe(1);
    expect(await metrics.feedbackAnsweredOnTime?.('II.2b', '2026-01-01', '2026-12-31')).toBeNull();
    expect(await metrics.surveyResponses?.('II.1', '2026-01-01', '2026-12-31')).toBeNull();

    // Section III of the printed report: received, answered, on time, responses and the index (4 of 5 answers ≥ 4).
    const voice = await metrics.voice?.('2026-01-01', '2026-12-31');
    expect(voice).toEqual({ feedbackReceived: 4, feedbackAnswered: 2, feedbackAnsweredOnTime: 1, surveyResponses: 2, satisfactionIndex: 80 });
    expect(await metrics.voice?.('2027-01-01', '2027-12-31')).toEqual({ feedbackReceived: 0, feedbackAnswered: 1, feedbackAnsweredOnTime: 1, surveyResponses: 1, satisfactionIndex: 80 });
    const school = await store.getSchool();
    const report: PlanReport = { year: 2026, from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-28', timezone: school.timezone, plan: null, areas: [], totals: { seconds: 0, plays: 0, newItems: 0 }, ...(voice ? { voice } : {}) };
    const page = renderYearlyReport({ school, baseUrl: 'http://localhost', now: new Date('2026-11-28T01:00:00Z') }, report, { csv: '/x.csv' });
    expect(page).toContain('<tr><td>Phản ánh, kiến nghị tiếp nhận trong kỳ</td><td class="n">4</td></tr>');
    expect(page).toContain('<tr><td>— trong đó trả lời đúng hạn</td><td class="n">1</td></tr>');
    expect(page).toContain('<tr><td>Chỉ số hài lòng chung</td><td class="n">80,00%</td></tr>');
  });
});
