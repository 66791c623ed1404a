import { lookupReport, lookupStat, screenSlug } from '@bangtin/shared';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import type { LookupCounter } from '../../domain/lookups.ts';
import type { Store } from '../../store/store.ts';
import { defineRoute } from '../route.ts';

export function lookupRoutes(lookups: LookupCounter, store: Store) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/display/:slug/lookups',
      summary: 'Màn hình tra cứu báo một lượt xem thủ tục (ẩn danh, giới hạn theo máy gửi)',
      tag: 'display',
      access: 'public',
      body: lookupReport,
      response: z.object({ counted: z.boolean() }),
      status: 202,
      handle: async ({ params, body, req }) => {
        const slug = screenSlug.safeParse(params.slug);
        const screen = slug.success ? await store.getScreenBySlug(slug.data) : undefined;
        if (!screen) throw new AppError('NOT_FOUND', `Không có màn hình "${params.slug ?? ''}".`);
        if (!screen.interactive) throw new AppError('FORBIDDEN', 'Màn hình này không phải màn hình tra cứu thủ tục.');
        const counted = await lookups.record(req.ip ?? 'unknown', body.contentId);
        return { counted };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/lookups',
      summary: 'Số lượt tra cứu từng thủ tục trên màn hình tiếp nhận (7 ngày, 30 ngày, tổng)',
      tag: 'lookups',
      access: 'editor',
      response: z.array(lookupStat),
      handle: () => lookups.stats(),
    }),
  ];
}
