import { emergencyInput, emergencyNotice, emergencyStatus } from '@bangtin/shared';
import { z } from 'zod';
import type { EmergencyService } from '../../domain/emergencies.ts';
import { defineRoute } from '../route.ts';

export function emergencyRoutes(emergencies: EmergencyService) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/emergencies',
      summary: 'Thông báo khẩn đang hiển thị (kèm màn hình đã xác nhận) và gần đây',
      tag: 'emergencies',
      access: 'editor',
      response: z.object({ active: z.array(emergencyStatus), recent: z.array(emergencyNotice) }),
      handle: () => emergencies.list(),
    }),
    defineRoute({
      method: 'post',
      path: '/api/emergencies',
      summary: 'Phát thông báo khẩn toàn màn hình (Hiệu trưởng hoặc quản trị)',
      tag: 'emergencies',
      access: 'approver',
      body: emergencyInput,
      response: emergencyStatus,
      status: 201,
      handle: ({ body, user }) => emergencies.start(body, user!),
    }),
    defineRoute({
      method: 'post',
      path: '/api/emergencies/:id/clear',
      summary: 'Kết thúc thông báo khẩn ngay',
      tag: 'emergencies',
      access: 'approver',
      response: emergencyStatus,
      handle: ({ params, user }) => emergencies.clear(params.id ?? '', user!),
    }),
  ];
}
