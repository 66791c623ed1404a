import { screen, screenInput, screenPresence } from '@bangtin/shared';
import { z } from 'zod';
import type { ScreenService } from '../../domain/screens.ts';
import type { Presence } from '../../realtime/presence.ts';
import { defineRoute } from '../route.ts';

export function screenRoutes(screens: ScreenService, presence: Presence) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/screens',
      summary: 'Danh sách màn hình',
      tag: 'screens',
      access: 'editor',
      response: z.array(screen),
      handle: () => screens.list(),
    }),
    defineRoute({
      method: 'post',
      path: '/api/screens',
      summary: 'Thêm màn hình (kiosk mở /display/<slug>)',
      tag: 'screens',
      access: 'admin',
      body: screenInput,
      response: screen,
      status: 201,
      handle: ({ body, user }) => screens.create(body, user!),
    }),
    defineRoute({
      method: 'put',
      path: '/api/screens/:id',
      summary: 'Sửa màn hình: tên, vị trí, hướng, nhóm',
      tag: 'screens',
      access: 'admin',
      body: screenInput,
      response: screen,
      handle: ({ body, params, user }) => screens.update(params.id ?? '', body, user!),
    }),
    defineRoute({
      method: 'get',
      path: '/api/screens/presence',
      summary: 'Trạng thái trực tuyến và phiên bản nội dung mỗi màn hình đang hiển thị',
      tag: 'screens',
      access: 'editor',
      response: z.array(screenPresence),
      handle: async () => presence.list(),
    }),
  ];
}
