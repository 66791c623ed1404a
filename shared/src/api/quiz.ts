import { z } from 'zod';
import { approval, rejection, statusChange } from '../schemas/content.ts';
import { publicQuizQuestion, quizQuestion, quizQuestionInput, quizResult, quizRoundReport } from '../schemas/quiz.ts';
import { contract } from './contract.ts';

/** "Tìm hiểu CCHC": the office's questions (same approval workflow as content), the players' anonymous answers, results. */
export const quizApi = {
  list: contract({
    method: 'get',
    path: '/api/quiz',
    summary: 'Câu hỏi Tìm hiểu CCHC (mọi trạng thái)',
    tag: 'quiz',
    access: 'editor',
    response: z.array(quizQuestion),
  }),
  create: contract({
    method: 'post',
    path: '/api/quiz',
    summary: 'Thêm câu hỏi (chỉ người phê duyệt được tạo với trạng thái approved)',
    tag: 'quiz',
    access: 'editor',
    body: quizQuestionInput,
    response: quizQuestion,
    status: 201,
  }),
  update: contract({
    method: 'put',
    path: '/api/quiz/:id',
    summary: 'Sửa câu hỏi; baseVersion cũ → 409 CONFLICT; sửa câu đã duyệt thì câu rời màn hình cho đến khi duyệt lại',
    tag: 'quiz',
    access: 'editor',
    body: quizQuestionInput,
    response: quizQuestion,
  }),
  setStatus: contract({
    method: 'post',
    path: '/api/quiz/:id/status',
    summary: 'Gửi duyệt, rút lại, lưu trữ, khôi phục câu hỏi',
    tag: 'quiz',
    access: 'editor',
    body: statusChange,
    response: quizQuestion,
  }),
  approve: contract({
    method: 'post',
    path: '/api/quiz/:id/approve',
    summary: 'Duyệt câu hỏi (Hiệu trưởng / quản trị)',
    tag: 'quiz',
    access: 'approver',
    body: approval,
    response: quizQuestion,
  }),
  reject: contract({
    method: 'post',
    path: '/api/quiz/:id/reject',
    summary: 'Trả lại câu hỏi chờ duyệt kèm lý do (Hiệu trưởng / quản trị)',
    tag: 'quiz',
    access: 'approver',
    body: rejection,
    response: quizQuestion,
  }),
  results: contract({
    method: 'get',
    path: '/api/quiz/results',
    summary: 'Kết quả ẩn danh từng câu hỏi: số lượt trả lời, tỉ lệ trả lời đúng (màn hình tiếp nhận và trang công khai)',
    tag: 'quiz',
    access: 'editor',
    response: z.array(quizResult),
  }),
  play: contract({
    method: 'get',
    path: '/api/display/:slug/quiz',
    summary: 'Câu hỏi Tìm hiểu CCHC đã duyệt cho màn hình tra cứu',
    tag: 'display',
    access: 'public',
    response: z.array(publicQuizQuestion),
  }),
  report: contract({
    method: 'post',
    path: '/api/display/:slug/quiz-answers',
    summary: 'Màn hình tra cứu báo các câu trả lời của một lượt chơi (ẩn danh; chỉ tính từ thiết bị đã ghép nối)',
    tag: 'display',
    access: 'public',
    body: quizRoundReport,
    response: z.object({ counted: z.boolean() }),
    status: 202,
  }),
};
