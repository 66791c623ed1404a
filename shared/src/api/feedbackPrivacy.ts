import { z } from 'zod';
import { feedbackRetention, senderErasure, senderExport, senderExportQuery, senderLookup, senderRecord } from '../schemas/feedbackPrivacy.ts';
import { contract } from './contract.ts';

/**
 * The sender's rights over their data (issue #13 item 6): find, export and delete one sender's details, and how long
 * details are kept. Admin only; every call is in the audit log (without the contact itself).
 */
export const feedbackPrivacyApi = {
  // The contact travels in the body, never in the URL: URLs end up in proxy and access logs.
  find: contract({
    method: 'post',
    path: '/api/feedback-privacy/senders/search',
    summary: 'Tìm các phản ánh của một người gửi theo số điện thoại hoặc thư điện tử (trong thân yêu cầu, không trên địa chỉ; ghi nhật ký)',
    tag: 'feedback-privacy',
    access: 'admin',
    body: senderLookup,
    response: z.array(senderRecord),
  }),
  export: contract({
    method: 'post',
    path: '/api/feedback-privacy/export',
    summary: 'Xuất toàn bộ dữ liệu của một người gửi (JSON hoặc CSV; liên hệ trong thân yêu cầu; ghi nhật ký)',
    tag: 'feedback-privacy',
    access: 'admin',
    body: senderExportQuery,
    response: senderExport,
    reply: 'file',
  }),
  erase: contract({
    method: 'post',
    path: '/api/feedback-privacy/erase',
    summary: 'Xoá thông tin người gửi (họ tên, địa chỉ, liên hệ) khỏi mọi phản ánh của họ; nội dung ẩn danh và lịch sử xử lý được giữ',
    tag: 'feedback-privacy',
    access: 'admin',
    body: senderLookup,
    response: senderErasure,
  }),
  retention: contract({
    method: 'get',
    path: '/api/feedback-privacy/retention',
    summary: 'Thời gian lưu thông tin người gửi (tháng); quá hạn thì tự động xoá hằng đêm',
    tag: 'feedback-privacy',
    access: 'admin',
    response: feedbackRetention,
  }),
  setRetention: contract({
    method: 'put',
    path: '/api/feedback-privacy/retention',
    summary: 'Đổi thời gian lưu thông tin người gửi (1–120 tháng)',
    tag: 'feedback-privacy',
    access: 'admin',
    body: feedbackRetention,
    response: feedbackRetention,
  }),
};

/** The photo a sender attached: never under /media; only signed-in staff see it, through this route. */
export const feedbackPhotosApi = {
  get: contract({
    method: 'get',
    path: '/api/feedback-photos/:id',
    summary: 'Ảnh người gửi đính kèm phản ánh (chỉ cán bộ đã đăng nhập; không có địa chỉ công khai)',
    tag: 'feedback-privacy',
    access: 'editor',
    response: z.unknown(),
    reply: 'file',
  }),
};
