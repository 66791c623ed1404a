import { z } from 'zod';
import { passwordReset, publicUser, userCreate, userUpdate } from '../schemas/user.ts';
import { contract } from './contract.ts';

/** Accounts: admin only (roles are cumulative, so no one else gets here). */
export const usersApi = {
  list: contract({
    method: 'get',
    path: '/api/users',
    summary: 'Danh sách tài khoản',
    tag: 'users',
    access: 'admin',
    response: z.array(publicUser),
  }),
  create: contract({
    method: 'post',
    path: '/api/users',
    summary: 'Tạo tài khoản (mật khẩu ban đầu ≥ 12 ký tự)',
    tag: 'users',
    access: 'admin',
    body: userCreate,
    response: publicUser,
    status: 201,
  }),
  update: contract({
    method: 'put',
    path: '/api/users/:id',
    summary: 'Đổi tên hiển thị, vai trò, khoá/mở khoá tài khoản',
    tag: 'users',
    access: 'admin',
    body: userUpdate,
    response: publicUser,
  }),
  resetPassword: contract({
    method: 'post',
    path: '/api/users/:id/password',
    summary: 'Đặt lại mật khẩu (kết thúc mọi phiên đăng nhập của tài khoản đó)',
    tag: 'users',
    access: 'admin',
    body: passwordReset,
    response: z.null(),
  }),
  resetTwoFactor: contract({
    method: 'post',
    path: '/api/users/:id/totp/reset',
    summary: 'Tắt xác thực hai bước của một tài khoản đã mất điện thoại và mã khôi phục (kết thúc mọi phiên của tài khoản đó)',
    tag: 'users',
    access: 'admin',
    response: z.null(),
  }),
};
