import { passwordReset, publicUser, userCreate, userUpdate } from '@bangtin/shared';
import { z } from 'zod';
import type { UserService } from '../../domain/users.ts';
import { defineRoute } from '../route.ts';

/** Accounts: admin only (roles are cumulative, so no one else gets here). */
export function userRoutes(users: UserService) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/users',
      summary: 'Danh sách tài khoản',
      tag: 'users',
      access: 'admin',
      response: z.array(publicUser),
      handle: () => users.list(),
    }),
    defineRoute({
      method: 'post',
      path: '/api/users',
      summary: 'Tạo tài khoản (mật khẩu ban đầu ≥ 12 ký tự)',
      tag: 'users',
      access: 'admin',
      body: userCreate,
      response: publicUser,
      status: 201,
      handle: ({ body, user }) => users.create(body, user!),
    }),
    defineRoute({
      method: 'put',
      path: '/api/users/:id',
      summary: 'Đổi tên hiển thị, vai trò, khoá/mở khoá tài khoản',
      tag: 'users',
      access: 'admin',
      body: userUpdate,
      response: publicUser,
      handle: ({ body, params, user }) => users.update(params.id ?? '', body, user!),
    }),
    defineRoute({
      method: 'post',
      path: '/api/users/:id/password',
      summary: 'Đặt lại mật khẩu (kết thúc mọi phiên đăng nhập của tài khoản đó)',
      tag: 'users',
      access: 'admin',
      body: passwordReset,
      response: z.null(),
      handle: async ({ body, params, user }) => {
        await users.resetPassword(params.id ?? '', body.password, user!);
        return null;
      },
    }),
  ];
}
