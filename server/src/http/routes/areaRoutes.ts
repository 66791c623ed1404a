import { formatNumberVi, type PlanReport } from '@bangtin/shared';
import { areaReportsApi, areasApi, plansApi } from '@bangtin/shared/api';
import type { AreaReports } from '../../areas/areaReport.ts';
import type { PlanReports } from '../../areas/planReport.ts';
import { yearFrom, type CommPlanService } from '../../domain/commPlans.ts';
import type { ReformAreaService } from '../../domain/reformAreas.ts';
import { sendCsv } from '../csv.ts';
import { bindRoutes } from '../route.ts';

const hours = (h: number) => formatNumberVi(h, 2);
const target = (t: number | null) => (t === null ? '' : formatNumberVi(t));
/** Reserved measures (feedback, survey) print as "chưa có số liệu" until their feature is wired in. */
const actual = (a: number | null) => (a === null ? 'chưa có số liệu' : formatNumberVi(a));

/** The yearly report as a spreadsheet: one row per area, then the totals. */
export function planCsvRows(report: PlanReport): (string | number)[][] {
  return [
    [
      'Mã',
      'Lĩnh vực',
      'Giờ hiển thị Quý I',
      'Quý II',
      'Quý III',
      'Quý IV',
      'Tổng giờ hiển thị',
      'Chỉ tiêu giờ hiển thị',
      'Lượt hiển thị',
      'Nội dung mới',
      'Chỉ tiêu nội dung mới',
      'Phản ánh trả lời đúng hạn',
      'Chỉ tiêu phản ánh trả lời đúng hạn',
      'Phiếu khảo sát',
      'Chỉ tiêu phiếu khảo sát',
    ],
    ...report.areas.map((a) => [
      a.area,
      a.label,
      ...a.screenHoursByQuarter.map(hours),
      hours(a.screenHours.actual ?? 0),
      target(a.screenHours.target),
      a.plays,
      a.newItems.actual ?? 0,
      target(a.newItems.target),
      actual(a.feedbackAnsweredOnTime.actual),
      target(a.feedbackAnsweredOnTime.target),
      actual(a.surveyResponses.actual),
      target(a.surveyResponses.target),
    ]),
    ['Tổng cộng (mỗi lượt tính một lần)', '', '', '', '', '', hours(report.totals.seconds / 3600), '', report.totals.plays, report.totals.newItems, '', '', '', '', ''],
  ];
}

export function areaRoutes({ areas, areaReports, plans, planReports }: { areas: ReformAreaService; areaReports: AreaReports; plans: CommPlanService; planReports: PlanReports }) {
  return [
    ...bindRoutes(areasApi, {
      list: () => areas.list(),
      save: ({ body, user }) => areas.save(body.areas, user),
    }),
    ...bindRoutes(areaReportsApi, {
      areas: ({ query }) => areaReports.build(query),
    }),
    ...bindRoutes(plansApi, {
      get: ({ params }) => plans.get(yearFrom(params.year)),
      save: ({ params, body, user }) => plans.save(yearFrom(params.year), body, user),
      progress: ({ params, query }) => planReports.build(yearFrom(params.year), query),
      csv: async ({ params, query, res }) => {
        const report = await planReports.build(yearFrom(params.year), query);
        sendCsv(res, `bao-cao-tuyen-truyen-cchc_${report.from}_${report.to}.csv`, planCsvRows(report));
      },
    }),
  ];
}
