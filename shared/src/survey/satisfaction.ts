import {
  SATISFACTION_FORMULA,
  SURVEY_FACTORS,
  type SatisfactionBucket,
  type SatisfactionIndex,
  type SatisfactionReport,
  type SurveyResponse,
} from '../schemas/survey.ts';

/** Answers 4 (Hài lòng) and 5 (Rất hài lòng) count as satisfied. */
export const isSatisfied = (level: number) => level >= 4;

/** Rounded to two decimals, as the office prints it ("92,57%"). */
const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 100);

/** Responses, level counts and the index (per factor and over every answer) of one group of responses. */
export function satisfactionOf(responses: readonly Pick<SurveyResponse, 'answers'>[]): SatisfactionBucket {
  const levels = Object.fromEntries(SURVEY_FACTORS.map((f) => [f, [0, 0, 0, 0, 0]])) as SatisfactionBucket['levels'];
  for (const r of responses) {
    for (const f of SURVEY_FACTORS) {
      const slot = r.answers[f] - 1;
      levels[f][slot] = (levels[f][slot] ?? 0) + 1;
    }
  }
  let satisfied = 0;
  let answers = 0;
  const index = { overall: null } as Record<keyof SatisfactionIndex, number | null>;
  for (const f of SURVEY_FACTORS) {
    const counts = levels[f];
    const total = counts.reduce((a, b) => a + b, 0);
    const good = (counts[3] ?? 0) + (counts[4] ?? 0);
    index[f] = percent(good, total);
    satisfied += good;
    answers += total;
  }
  index.overall = percent(satisfied, answers);
  return { responses: responses.length, index: index satisfies SatisfactionIndex, levels };
}

/** '2026-09' … '2027-08': every calendar month from `from` to `to` (ISO dates), both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The school year (Sept–Aug) a date belongs to, named by its first year: 2026-10-05 → 2026 ("2026–2027"). */
export function schoolYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 9 ? year : year - 1;
}

/** 2026 → 1 Sept 2026 … 31 Aug 2027. */
export function schoolYearRange(startYear: number): { from: string; to: string } {
  return { from: `${startYear}-09-01`, to: `${startYear + 1}-08-31` };
}

export const schoolYearLabel = (startYear: number) => `Năm học ${startYear}–${startYear + 1}`;

const COMMENTS_SHOWN = 200;

/** The report of a period: the whole period, each month it touches, the channels, and the newest comments. */
export function satisfactionReportOf(responses: readonly SurveyResponse[], from: string, to: string): SatisfactionReport {
  const inPeriod = responses.filter((r) => r.date >= from && r.date <= to);
  const byMonth = new Map<string, SurveyResponse[]>();
  for (const r of inPeriod) {
    const key = r.date.slice(0, 7);
    byMonth.set(key, [...(byMonth.get(key) ?? []), r]);
  }
  const comments = inPeriod
    .filter((r) => r.comment)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, COMMENTS_SHOWN)
    .map((r) => ({ date: r.date, text: r.comment ?? '', ...(r.procedureCode ? { procedureCode: r.procedureCode } : {}) }));
  return {
    from,
    to,
    formula: SATISFACTION_FORMULA,
    period: satisfactionOf(inPeriod),
    months: monthsBetween(from, to).map((month) => ({ month, ...satisfactionOf(byMonth.get(month) ?? []) })),
    byChannel: {
      web: inPeriod.filter((r) => r.channel === 'web').length,
      kiosk: inPeriod.filter((r) => r.channel === 'kiosk').length,
    },
    comments,
  };
}
