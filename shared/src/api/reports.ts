import { z } from 'zod';
import { proofReport, proofReportQuery } from '../schemas/reports.ts';
import { contract } from './contract.ts';

/** Proof of display for the principal and the admin (the yearly CCHC report). */
export const reportsApi = {
  proof: contract({
    method: 'get',
    path: '/api/reports/proof',
    summary: 'Thời lượng hiển thị theo nội dung, màn hình, ngày (ngày theo múi giờ của trường)',
    tag: 'reports',
    access: 'approver',
    query: proofReportQuery,
    response: proofReport,
  }),
  proofCsv: contract({
    method: 'get',
    path: '/api/reports/proof.csv',
    summary: 'Xuất thời lượng hiển thị ra CSV (UTF-8 có BOM): một dòng cho mỗi ngày × màn hình × nội dung',
    tag: 'reports',
    access: 'approver',
    query: proofReportQuery,
    response: z.string(),
    reply: 'file',
  }),
};
