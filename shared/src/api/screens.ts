import { z } from 'zod';
import { screen, screenInput } from '../schemas/screen.ts';
import { screenPresence } from '../snapshot.ts';
import { contract } from './contract.ts';

export const screensApi = {
  list: contract({
    method: 'get',
    path: '/api/screens',
    summary: 'Danh sách màn hình',
    tag: 'screens',
    access: 'editor',
    response: z.array(screen),
  }),
  create: contract({
    method: 'post',
    path: '/api/screens',
    summary: 'Thêm màn hình (kiosk mở /display/<slug>)',
    tag: 'screens',
    access: 'admin',
    body: screenInput,
    response: screen,
    status: 201,
  }),
  update: contract({
    method: 'put',
    path: '/api/screens/:id',
    summary: 'Sửa màn hình: tên, vị trí, hướng, nhóm',
    tag: 'screens',
    access: 'admin',
    body: screenInput,
    response: screen,
  }),
  presence: contract({
    method: 'get',
    path: '/api/screens/presence',
    summary: 'Trạng thái trực tuyến và phiên bản nội dung mỗi màn hình đang hiển thị',
    tag: 'screens',
    access: 'editor',
    response: z.array(screenPresence),
  }),
};
