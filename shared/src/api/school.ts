import { school, schoolUpdate } from '../schemas/school.ts';
import { contract } from './contract.ts';

export const schoolApi = {
  get: contract({
    method: 'get',
    path: '/api/school',
    summary: 'Thông tin nhà trường (công khai, như trên màn hình)',
    tag: 'school',
    access: 'public',
    response: school,
  }),
  update: contract({
    method: 'put',
    path: '/api/school',
    summary: 'Cập nhật thông tin nhà trường, khối địa chỉ tiếp nhận phản ánh, giờ làm việc',
    tag: 'school',
    access: 'admin',
    body: schoolUpdate,
    response: school,
  }),
};
