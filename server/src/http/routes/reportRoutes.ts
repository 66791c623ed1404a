import { CONTENT_TYPE_VI, formatNumberVi } from '@bangtin/shared';
import { reportsApi } from '@bangtin/shared/api';
import type { ProofReports } from '../../proof/proofReport.ts';
import { sendCsv } from '../csv.ts';
import { bindRoutes } from '../route.ts';

const hoursVi = (seconds: number) => formatNumberVi(seconds / 3600, 2);

export function reportRoutes(reports: ProofReports) {
  return bindRoutes(reportsApi, {
    proof: ({ query }) => reports.build(query),
    proofCsv: async ({ query, res }) => {
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
  });
}
