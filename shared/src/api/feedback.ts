import { z } from 'zod';
import { paged } from '../schemas/paging.ts';
import {
  feedbackAssignStep,
  feedbackCalendar,
  feedbackCounts,
  feedbackDetail,
  feedbackForwardStep,
  feedbackInboxQuery,
  feedbackNoteStep,
  feedbackPlainStep,
  feedbackPublishStep,
  feedbackRejectStep,
  feedbackReplyStep,
  feedbackSenderReply,
  feedbackStaff,
  feedbackView,
} from '../schemas/feedbackHandling.ts';
import { contract } from './contract.ts';

/** One handling step on one item: POST /api/feedback/:id/<step>, answered with the item's new detail. */
const step = <B extends z.ZodType>(path: string, summary: string, body: B) =>
  contract({ method: 'post', path: `/api/feedback/:id/${path}`, summary, tag: 'feedback', access: 'editor', body, response: feedbackDetail });

/** The office's side of phản ánh, kiến nghị (issue #13 item 2). Sender details only through `sender`, which is audited. */
export const feedbackApi = {
  list: contract({
    method: 'get',
    path: '/api/feedback',
    summary: 'Hộp phản ánh, kiến nghị: lọc theo trạng thái, loại, hạn xử lý, người phụ trách; tìm theo mã hoặc nội dung',
    tag: 'feedback',
    access: 'editor',
    query: feedbackInboxQuery,
    response: paged(feedbackView),
  }),
  counts: contract({
    method: 'get',
    path: '/api/feedback/counts',
    summary: 'Số phản ánh mới, sắp đến hạn và quá hạn (huy hiệu trên menu)',
    tag: 'feedback',
    access: 'editor',
    response: feedbackCounts,
  }),
  staff: contract({
    method: 'get',
    path: '/api/feedback/staff',
    summary: 'Người có thể được giao xử lý phản ánh',
    tag: 'feedback',
    access: 'editor',
    response: feedbackStaff,
  }),
  calendar: contract({
    method: 'get',
    path: '/api/settings/feedback-calendar',
    summary: 'Ngày nghỉ lễ và thời hạn xử lý phản ánh (ngày làm việc)',
    tag: 'settings',
    access: 'editor',
    response: feedbackCalendar,
  }),
  saveCalendar: contract({
    method: 'put',
    path: '/api/settings/feedback-calendar',
    summary: 'Lưu ngày nghỉ lễ và thời hạn xử lý phản ánh',
    tag: 'settings',
    access: 'admin',
    body: feedbackCalendar,
    response: feedbackCalendar,
  }),
  get: contract({
    method: 'get',
    path: '/api/feedback/:id',
    summary: 'Một phản ánh với các bước xử lý (không kèm thông tin người gửi)',
    tag: 'feedback',
    access: 'editor',
    response: feedbackDetail,
  }),
  sender: contract({
    method: 'get',
    path: '/api/feedback/:id/sender',
    summary: 'Xem thông tin người gửi (ghi nhật ký: ai xem, lúc nào)',
    tag: 'feedback',
    access: 'editor',
    response: feedbackSenderReply,
  }),
  receive: step('receive', 'Tiếp nhận (vào sổ)', feedbackPlainStep),
  start: step('start', 'Bắt đầu xử lý', feedbackPlainStep),
  reject: step('reject', 'Không tiếp nhận (kèm lý do)', feedbackRejectStep),
  forward: step('forward', 'Chuyển cơ quan có thẩm quyền (ghi nơi nhận)', feedbackForwardStep),
  reply: step('reply', 'Trả lời người gửi (gửi thư khi có địa chỉ và đã cài máy chủ thư)', feedbackReplyStep),
  assign: step('assign', 'Giao người phụ trách', feedbackAssignStep),
  note: step('notes', 'Ghi chú nội bộ', feedbackNoteStep),
  publish: step('publish', 'Công khai kết quả: tạo trang chiếu "Kết quả xử lý phản ánh, kiến nghị" chờ Hiệu trưởng duyệt', feedbackPublishStep),
};
