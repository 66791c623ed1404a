import { z } from 'zod';
import {
  loginReply,
  loginRequest,
  publicUser,
  secondFactorRequest,
  totpConfirmReply,
  totpDisableRequest,
  totpSetup,
  totpStatus,
} from '../schemas/user.ts';
import { contract } from './contract.ts';

const userReply = z.object({ user: publicUser });

export const authApi = {
  login: contract({
    method: 'post',
    path: '/api/auth/login',
    summary: 'Đăng nhập: đặt cookie phiên httpOnly, SameSite=Strict (hoặc, với tài khoản có xác thực hai bước, đòi mã ở bước hai)',
    tag: 'auth',
    access: 'public',
    body: loginRequest,
    response: loginReply,
  }),
  secondFactor: contract({
    method: 'post',
    path: '/api/auth/login/second-factor',
    summary: 'Bước hai của đăng nhập: mã 6 chữ số trong ứng dụng xác thực hoặc một mã khôi phục',
    tag: 'auth',
    access: 'public',
    body: secondFactorRequest,
    response: userReply,
  }),
  logout: contract({
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Đăng xuất: huỷ phiên trên máy chủ và xoá cookie',
    tag: 'auth',
    access: 'public',
    response: z.null(),
  }),
  me: contract({
    method: 'get',
    path: '/api/auth/me',
    summary: 'Người dùng đang đăng nhập',
    tag: 'auth',
    access: 'editor',
    response: userReply,
  }),
  totpStatus: contract({
    method: 'get',
    path: '/api/auth/totp',
    summary: 'Xác thực hai bước của tài khoản đang đăng nhập: có được dùng không, đã bật chưa, còn mấy mã khôi phục',
    tag: 'auth',
    access: 'editor',
    response: totpStatus,
  }),
  totpSetup: contract({
    method: 'post',
    path: '/api/auth/totp/setup',
    summary: 'Bắt đầu bật xác thực hai bước: khoá bí mật mới (mã QR và nhập tay), chưa có hiệu lực đến khi xác nhận',
    tag: 'auth',
    access: 'approver',
    response: totpSetup,
  }),
  totpConfirm: contract({
    method: 'post',
    path: '/api/auth/totp/confirm',
    summary: 'Xác nhận bằng một mã từ ứng dụng: bật xác thực hai bước và trả 10 mã khôi phục (chỉ hiện một lần)',
    tag: 'auth',
    access: 'approver',
    body: secondFactorRequest,
    response: totpConfirmReply,
  }),
  totpDisable: contract({
    method: 'post',
    path: '/api/auth/totp/disable',
    summary: 'Tắt xác thực hai bước: cần mật khẩu và một mã (hoặc mã khôi phục)',
    tag: 'auth',
    access: 'approver',
    body: totpDisableRequest,
    response: z.null(),
  }),
};
