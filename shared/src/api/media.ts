import { z } from 'zod';
import { mediaItem, mediaQuery } from '../schemas/media.ts';
import { paged } from '../schemas/paging.ts';
import { contract } from './contract.ts';

/** Upload: editors and up (the office). Delete: the principal (approver) and the admin, and only unused files. */
export const mediaApi = {
  list: contract({
    method: 'get',
    path: '/api/media',
    summary: 'Thư viện ảnh và áp phích PDF (mới nhất trước), tìm theo tên, có phân trang',
    tag: 'media',
    access: 'editor',
    query: mediaQuery,
    response: paged(mediaItem),
  }),
  upload: contract({
    method: 'post',
    path: '/api/media',
    summary:
      'Tải lên ảnh (PNG, JPEG, WebP, GIF) hoặc áp phích PDF, tối đa 20 MB, hoặc video MP4/WebM, tối đa 50 MB và 5 phút (multipart/form-data, trường “file”)',
    tag: 'media',
    access: 'editor',
    response: mediaItem,
    status: 201,
    upload: 'multipart',
  }),
  /** The console draws a video's first frame in the browser (no decoder on the server) and sends it as a picture. */
  poster: contract({
    method: 'post',
    path: '/api/media/:id/poster',
    summary: 'Ảnh khung hình đầu của một video (PNG, JPEG hoặc WebP; multipart/form-data, trường “file”)',
    tag: 'media',
    access: 'editor',
    response: mediaItem,
    upload: 'multipart',
  }),
  remove: contract({
    method: 'delete',
    path: '/api/media/:id',
    summary: 'Xoá tệp khỏi thư viện (bị từ chối khi nội dung hoặc logo đang dùng tệp)',
    tag: 'media',
    access: 'approver',
    response: z.null(),
  }),
};
