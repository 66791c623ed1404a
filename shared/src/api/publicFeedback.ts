import { z } from 'zod';
import { feedbackInput, publicFeedbackStatus } from '../schemas/feedback.ts';
import { contract } from './contract.ts';

/**
 * Phản ánh, kiến nghị from anyone, without an account (issue #13): rate-limited per address and overall, duplicates
 * answered with the first item's code. The status reply never carries who sent it.
 */
export const publicFeedbackApi = {
  submit: contract({
    method: 'post',
    path: '/api/public/feedback',
    summary: 'Gửi phản ánh, kiến nghị (không cần tài khoản): trả về mã theo dõi; gửi lại cùng nội dung trong ngày nhận lại mã cũ',
    tag: 'feedback',
    access: 'public',
    body: feedbackInput,
    response: z.object({ code: z.string() }),
    status: 201,
  }),
  uploadPhoto: contract({
    method: 'post',
    path: '/api/public/feedback/photos',
    summary:
      'Ảnh kèm phản ánh (PNG, JPEG, WebP, GIF; tối đa 10 MB; multipart trường “file” và tiêu đề X-Bangtin-Upload: 1): ' +
      'xoá thông tin ảnh, không công khai; trả về photoId để gửi kèm',
    tag: 'feedback',
    access: 'public',
    response: z.object({ photoId: z.string() }),
    status: 201,
    upload: 'multipart',
  }),
  status: contract({
    method: 'get',
    path: '/api/public/feedback/:code',
    summary: 'Theo dõi phản ánh theo mã (trạng thái, ngày, câu trả lời đã công khai; không có thông tin người gửi)',
    tag: 'feedback',
    access: 'public',
    response: publicFeedbackStatus,
  }),
};
