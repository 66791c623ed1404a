import { z } from 'zod';
import { satisfactionQuery, satisfactionReport, surveyInput } from '../schemas/survey.ts';
import { contract } from './contract.ts';

/** The satisfaction survey (issue #13 item 3): anonymous answers in, the school's index out. */
export const surveyApi = {
  submit: contract({
    method: 'post',
    path: '/api/public/survey',
    summary: 'Gửi phiếu khảo sát mức độ hài lòng (ẩn danh; mỗi thiết bị một phiếu mỗi ngày)',
    tag: 'survey',
    access: 'public',
    body: surveyInput,
    response: z.object({ received: z.literal(true) }),
    status: 201,
  }),
  kiosk: contract({
    method: 'post',
    path: '/api/display/:slug/survey',
    summary: 'Màn hình tiếp nhận gửi một phiếu khảo sát (chỉ tính từ máy đã ghép nối; giới hạn theo màn hình)',
    tag: 'display',
    access: 'public',
    body: surveyInput,
    response: z.object({ counted: z.boolean() }),
    status: 201,
  }),
  report: contract({
    method: 'get',
    path: '/api/reports/satisfaction',
    summary: 'Chỉ số hài lòng theo từng yếu tố và chung, theo tháng và cả kỳ (tỷ lệ Hài lòng + Rất hài lòng)',
    tag: 'reports',
    access: 'editor',
    query: satisfactionQuery,
    response: satisfactionReport,
  }),
  createSlide: contract({
    method: 'post',
    path: '/api/reports/satisfaction/slide',
    summary: 'Tạo bản nháp trang trình chiếu "chỉ số hài lòng" tự cập nhật số liệu từ khảo sát (phát sóng vẫn cần duyệt)',
    tag: 'reports',
    access: 'editor',
    response: z.object({ id: z.string() }),
    status: 201,
  }),
  reportCsv: contract({
    method: 'get',
    path: '/api/reports/satisfaction.csv',
    summary: 'Xuất kết quả khảo sát ra CSV (UTF-8 có BOM): chỉ số theo tháng và từng phiếu',
    tag: 'reports',
    access: 'editor',
    query: satisfactionQuery,
    response: z.string(),
    reply: 'file',
  }),
};
