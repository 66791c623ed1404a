import { z } from 'zod';
import { emergencyInput, emergencyNotice, emergencyStatus } from '../schemas/emergency.ts';
import { contract } from './contract.ts';

export const emergenciesApi = {
  list: contract({
    method: 'get',
    path: '/api/emergencies',
    summary: 'Thông báo khẩn đang hiển thị (kèm màn hình đã xác nhận) và gần đây',
    tag: 'emergencies',
    access: 'editor',
    response: z.object({ active: z.array(emergencyStatus), recent: z.array(emergencyNotice) }),
  }),
  send: contract({
    method: 'post',
    path: '/api/emergencies',
    summary: 'Phát thông báo khẩn toàn màn hình (Hiệu trưởng hoặc quản trị)',
    tag: 'emergencies',
    access: 'approver',
    body: emergencyInput,
    response: emergencyStatus,
    status: 201,
  }),
  clear: contract({
    method: 'post',
    path: '/api/emergencies/:id/clear',
    summary: 'Kết thúc thông báo khẩn ngay',
    tag: 'emergencies',
    access: 'approver',
    response: emergencyStatus,
  }),
};
