import { z } from 'zod';
import { areaReport, commPlan, commPlanInput, planProgressQuery, planReport } from '../schemas/commPlan.ts';
import { proofReportQuery } from '../schemas/reports.ts';
import { areaSettingsUpdate, reformArea } from '../schemas/reformAreas.ts';
import { contract } from './contract.ts';

/** The plan's reform areas (Cài đặt → Lĩnh vực CCHC): every editor reads them for the chips, the admin edits them. */
export const areasApi = {
  list: contract({
    method: 'get',
    path: '/api/areas',
    summary: 'Danh sách lĩnh vực CCHC (mục của kế hoạch tuyên truyền) để gắn cho nội dung',
    tag: 'areas',
    access: 'editor',
    response: z.array(reformArea),
  }),
  save: contract({
    method: 'put',
    path: '/api/areas',
    summary: 'Sửa danh sách lĩnh vực CCHC; không xoá được lĩnh vực đang gắn cho nội dung hoặc kế hoạch (409)',
    tag: 'areas',
    access: 'admin',
    body: areaSettingsUpdate,
    response: z.array(reformArea),
  }),
};

/** Screen time per reform area, from the proof-of-display log. */
export const areaReportsApi = {
  areas: contract({
    method: 'get',
    path: '/api/reports/areas',
    summary: 'Thời lượng và số lượt hiển thị theo lĩnh vực CCHC, theo màn hình và theo tháng',
    tag: 'reports',
    access: 'approver',
    query: proofReportQuery,
    response: areaReport,
  }),
};

/** The yearly communication plan (Kế hoạch tuyên truyền CCHC năm …) and the report against it. */
export const plansApi = {
  get: contract({
    method: 'get',
    path: '/api/plans/:year',
    summary: 'Kế hoạch tuyên truyền CCHC của một năm (null khi chưa lập)',
    tag: 'plans',
    access: 'editor',
    response: commPlan.nullable(),
  }),
  save: contract({
    method: 'put',
    path: '/api/plans/:year',
    summary: 'Lập hoặc sửa kế hoạch tuyên truyền CCHC của năm: chỉ tiêu theo lĩnh vực',
    tag: 'plans',
    access: 'editor',
    body: commPlanInput,
    response: commPlan,
  }),
  progress: contract({
    method: 'get',
    path: '/api/plans/:year/report',
    summary: 'Tiến độ thực hiện kế hoạch theo lĩnh vực (cả năm, hoặc một kỳ trong năm: from, to)',
    tag: 'plans',
    access: 'editor',
    query: planProgressQuery,
    response: planReport,
  }),
  csv: contract({
    method: 'get',
    path: '/api/plans/:year/report.csv',
    summary: 'Báo cáo thực hiện kế hoạch tuyên truyền CCHC ra CSV (UTF-8 có BOM)',
    tag: 'plans',
    access: 'editor',
    query: planProgressQuery,
    response: z.string(),
    reply: 'file',
  }),
};
