import { school, schoolUpdate, screen, screenPresence } from '@bangtin/shared';
import { z } from 'zod';
import type { SchoolService } from '../../domain/school.ts';
import type { Presence } from '../../realtime/presence.ts';
import type { Store } from '../../store/store.ts';
import { defineRoute } from '../route.ts';

export function schoolRoutes(schools: SchoolService, store: Store, presence: Presence) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/school',
      summary: 'Thông tin nhà trường (công khai, như trên màn hình)',
      tag: 'school',
      access: 'public',
      response: school,
      handle: () => schools.get(),
    }),
    defineRoute({
      method: 'put',
      path: '/api/school',
      summary: 'Cập nhật thông tin nhà trường, khối địa chỉ tiếp nhận phản ánh, giờ làm việc',
      tag: 'school',
      access: 'admin',
      body: schoolUpdate,
      response: school,
      handle: ({ body, user }) => schools.update(body, user!),
    }),
    defineRoute({
      method: 'get',
      path: '/api/screens',
      summary: 'Danh sách màn hình',
      tag: 'screens',
      access: 'editor',
      response: z.array(screen),
      handle: () => store.listScreens(),
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
