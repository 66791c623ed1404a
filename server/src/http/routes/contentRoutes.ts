import { contentInput, contentItem, contentQuery, statusChange } from '@bangtin/shared';
import { z } from 'zod';
import type { ContentService } from '../../domain/content.ts';
import { defineRoute } from '../route.ts';

export function contentRoutes(content: ContentService) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/content',
      summary: 'Danh sách nội dung (lọc theo loại, trạng thái, từ khoá không dấu)',
      tag: 'content',
      access: 'editor',
      query: contentQuery,
      response: z.array(contentItem),
      handle: ({ query }) => content.list(query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/content/:id',
      summary: 'Một nội dung',
      tag: 'content',
      access: 'editor',
      response: contentItem,
      handle: ({ params }) => content.get(params.id ?? ''),
    }),
    defineRoute({
      method: 'post',
      path: '/api/content',
      summary: 'Tạo nội dung (chỉ người phê duyệt được tạo với trạng thái approved)',
      tag: 'content',
      access: 'editor',
      body: contentInput,
      response: contentItem,
      status: 201,
      handle: ({ body, user }) => content.create(body, user!),
    }),
    defineRoute({
      method: 'put',
      path: '/api/content/:id',
      summary: 'Sửa nội dung; baseVersion cũ → 409 CONFLICT',
      tag: 'content',
      access: 'editor',
      body: contentInput,
      response: contentItem,
      handle: ({ body, params, user }) => content.update(params.id ?? '', body, user!),
    }),
    defineRoute({
      method: 'post',
      path: '/api/content/:id/status',
      summary: 'Đổi trạng thái: gửi duyệt, duyệt, trả lại (kèm lý do), lưu trữ',
      tag: 'content',
      access: 'editor',
      body: statusChange,
      response: contentItem,
      handle: ({ body, params, user }) => content.changeStatus(params.id ?? '', body, user!),
    }),
  ];
}
