import { displaySnapshot } from '../snapshot.ts';
import { contract } from './contract.ts';

export const displayApi = {
  snapshot: contract({
    method: 'get',
    path: '/api/display/:slug',
    summary: 'Ảnh chụp nội dung đang phát của một màn hình (chỉ nội dung đã duyệt, còn hiệu lực)',
    tag: 'display',
    access: 'public',
    response: displaySnapshot,
  }),
};
