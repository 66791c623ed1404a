import { CONTENT_TYPE_VI, formatNumberVi, proofReport, proofReportQuery } from '@bangtin/shared';
import { z } from 'zod';
import type { ProofReports } from '../../proof/proofReport.ts';
import { sendCsv } from '../csv.ts';
import { defineRoute } from '../route.ts';

const hoursVi = (seconds: number) => formatNumberVi(seconds / 3600, 2);

/** Proof of display for the principal and the admin (the yearly CCHC report). */
export function reportRoutes(reports: ProofReports) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/reports/proof',
      summary: 'Thời lượng hiển thị theo nội dung, màn hình, ngày (ngày theo múi giờ của trường)',
      tag: 'reports',
      access: 'approver',
      query: proofReportQuery,
      response: proofReport,
      handle: ({ query }) => reports.build(query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/reports/proof.csv',
      summary: 'Xuất thời lượng hiển thị ra CSV (UTF-8 có BOM): một dòng cho mỗi ngày × màn hình × nội dung',
      tag: 'reports',
      access: 'approver',
      query: proofReportQuery,
      response: z.string(),
      handle: async ({ query, res }) => {
        const report = await reports.build(query);
        const labels = new Map(report.byContent.map((c) => [c.contentId, c]));
        const screens = new Map(report.byScreen.map((s) => [s.screenId, s.name]));
        sendCsv(res, `thoi-luong-hien-thi_${report.from}_${report.to}.csv`, [
          ['Ngày', 'Màn hình', 'Nội dung', 'Loại nội dung', 'Số lần hiển thị', 'Số giây hiển thị', 'Số giờ hiển thị'],
          ...report.rows.map((r) => {
            const item = labels.get(r.contentId);
            return [
              r.date,
              screens.get(r.screenId) ?? r.screenId,
              item?.label ?? r.contentId,
              item?.type ? CONTENT_TYPE_VI[item.type] : '',
              r.plays,
              Math.round(r.seconds),
              hoursVi(r.seconds),
            ];
          }),
          ['Tổng cộng', '', '', '', report.totals.plays, Math.round(report.totals.seconds), hoursVi(report.totals.seconds)],
        ]);
      },
    }),
  ];
}
