import { displaySnapshot, screenSlug } from '@bangtin/shared';
import type { DisplayService } from '../../domain/displaySnapshot.ts';
import { AppError } from '../../domain/errors.ts';
import { defineRoute } from '../route.ts';

export function displayRoutes(display: DisplayService) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/display/:slug',
      summary: 'Ảnh chụp nội dung đang phát của một màn hình (chỉ nội dung đã duyệt, còn hiệu lực)',
      tag: 'display',
      access: 'public',
      response: displaySnapshot,
      handle: async ({ params }) => {
        const slug = screenSlug.safeParse(params.slug);
        const snapshot = slug.success ? await display.snapshotForSlug(slug.data) : null;
        if (!snapshot) throw new AppError('NOT_FOUND', `Không có màn hình "${params.slug ?? ''}".`);
        return snapshot;
      },
    }),
  ];
}
