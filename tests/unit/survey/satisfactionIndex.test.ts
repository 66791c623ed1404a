import { monthsBetween, satisfactionOf, satisfactionReportOf, schoolYearOf, schoolYearRange, type SurveyResponse } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

const all = (level: number) => ({ access: level, procedure: level, staff: level, result: level, feedback: level });
const response = (date: string, answers: SurveyResponse['answers'], extra: Partial<SurveyResponse> = {}): SurveyResponse => ({
  id: `ks-${date}-${Math.random()}`,
  date,
  channel: 'web',
  answers,
  ...extra,
});

describe('the satisfaction index (share of Hài lòng + Rất hài lòng)', () => {
  it('counts only levels 4 and 5 as satisfied, per factor and over every answer, to two decimals', () => {
    const bucket = satisfactionOf([
      { answers: all(5) },
      { answers: all(4) },
      { answers: { ...all(3), staff: 5 } },
      { answers: { ...all(1), staff: 2 } },
    ]);
    expect(bucket.responses).toBe(4);
    expect(bucket.index.access).toBe(50);
    expect(bucket.index.staff).toBe(75);
    // 2 + 2 + 3 + 2 + 2 satisfied of 20 answers.
    expect(bucket.index.overall).toBe(55);
    expect(bucket.levels.staff).toEqual([0, 1, 0, 1, 2]);
  });

  it('rounds a third to 33,33 and says null (not 0) when nobody answered', () => {
    expect(satisfactionOf([{ answers: all(5) }, { answers: all(3) }, { answers: all(2) }]).index.overall).toBe(33.33);
    const empty = satisfactionOf([]);
    expect(empty.index).toEqual({ access: null, procedure: null, staff: null, result: null, feedback: null, overall: null });
  });
});

describe('months and school years (Sept–Aug)', () => {
  it('a school year runs from 1 September to 31 August; a date belongs to the year that started before it', () => {
    expect(schoolYearRange(2026)).toEqual({ from: '2026-09-01', to: '2027-08-31' });
    expect(schoolYearOf('2026-09-01')).toBe(2026);
    expect(schoolYearOf('2027-08-31')).toBe(2026);
    expect(schoolYearOf('2026-08-31')).toBe(2025);
  });

  it('lists every month a period touches, across the new year', () => {
    expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-09-01', '2027-08-31')).toHaveLength(12);
  });

  it('buckets responses by month inside the period only, keeps empty months, and states the formula', () => {
    const report = satisfactionReportOf(
      [
        response('2026-08-31', all(1)),
        response('2026-09-02', all(5)),
        response('2026-09-30', all(2), { comment: 'Cần thêm chỗ để xe', channel: 'kiosk' }),
        response('2026-11-01', all(4)),
      ],
      '2026-09-01',
      '2026-11-30',
    );
    expect(report.period.responses).toBe(3);
    expect(report.months.map((m) => [m.month, m.responses, m.index.overall])).toEqual([
      ['2026-09', 2, 50],
      ['2026-10', 0, null],
      ['2026-11', 1, 100],
    ]);
    expect(report.byChannel).toEqual({ web: 2, kiosk: 1 });
    expect(report.comments).toEqual([{ date: '2026-09-30', text: 'Cần thêm chỗ để xe' }]);
    expect(report.formula).toMatch(/"Hài lòng" và "Rất hài lòng"/);
  });
});
