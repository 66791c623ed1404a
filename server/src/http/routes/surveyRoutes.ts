import { formatPercentVi, SURVEY_FACTOR_LABELS, SURVEY_FACTORS, type SatisfactionIndex } from '@bangtin/shared';
import { surveyApi } from '@bangtin/shared/api';
import type { DeviceTrust } from '../../domain/deviceTrust.ts';
import { AppError } from '../../domain/errors.ts';
import type { SurveyService } from '../../domain/survey.ts';
import type { SatisfactionSlides } from '../../domain/satisfactionSlide.ts';
import type { Store } from '../../store/store.ts';
import { sendCsv } from '../csv.ts';
import { bindRoutes } from '../route.ts';
import { ALREADY_ANSWERED, answeredToday, surveyCookie } from '../surveyCookie.ts';
import { reportingKiosk } from './reportingKiosk.ts';

const pct = (value: number | null) => (value === null ? '' : formatPercentVi(value, 2));
const indexCells = (index: SatisfactionIndex) => [...SURVEY_FACTORS.map((f) => pct(index[f])), pct(index.overall)];

export function surveyRoutes(survey: SurveyService, slides: SatisfactionSlides, store: Store, trust: DeviceTrust) {
  return bindRoutes(surveyApi, {
    submit: async ({ body, req, res }) => {
      const today = await survey.today();
      if (answeredToday(req, today)) throw new AppError('CONFLICT', ALREADY_ANSWERED);
      await survey.submit(body);
      res.setHeader('Set-Cookie', surveyCookie(req, today));
      return { received: true as const };
    },
    kiosk: async ({ params, body, req }) => {
      // Counted only from the reception screen's paired device; a kiosk is shared by many parents, so no cookie rule.
      const { screen, paired } = await reportingKiosk(store, trust, params.slug, req);
      if (!paired) return { counted: false };
      await survey.submitFromKiosk(screen.id, body);
      return { counted: true };
    },
    report: ({ query }) => survey.report(query.from, query.to),
    createSlide: async ({ user }) => ({ id: (await slides.create(user)).id }),
    reportCsv: async ({ query, res }) => {
      const report = await survey.report(query.from, query.to);
      const responses = await survey.responses(query.from, query.to);
      const factorHeads = SURVEY_FACTORS.map((f) => SURVEY_FACTOR_LABELS[f].group);
      sendCsv(res, `khao-sat-hai-long_${query.from}_${query.to}.csv`, [
        ['Chỉ số hài lòng', report.formula],
        ['Tháng', 'Số phiếu', ...factorHeads, 'Chung'],
        ...report.months.map((m) => [m.month, m.responses, ...indexCells(m.index)]),
        ['Cả kỳ', report.period.responses, ...indexCells(report.period.index)],
        [],
        ['Ngày', 'Kênh', ...factorHeads, 'Mã thủ tục', 'Ý kiến'],
        ...responses.map((r) => [
          r.date,
          r.channel === 'kiosk' ? 'Màn hình tiếp nhận' : 'Trang khảo sát',
          ...SURVEY_FACTORS.map((f) => r.answers[f]),
          r.procedureCode ?? '',
          r.comment ?? '',
        ]),
      ]);
    },
  });
}
