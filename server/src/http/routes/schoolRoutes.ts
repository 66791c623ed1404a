import { school, schoolUpdate } from '@bangtin/shared';
import type { SchoolService } from '../../domain/school.ts';
import { defineRoute } from '../route.ts';

export function schoolRoutes(schools: SchoolService) {
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
  ];
}
