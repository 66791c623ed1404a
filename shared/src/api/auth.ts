import { z } from 'zod';
import { loginRequest, publicUser } from '../schemas/user.ts';
import { contract } from './contract.ts';

const userReply = z.object({ user: publicUser });

export const authApi = {
  login: contract({
    method: 'post',
    path: '/api/auth/login',
    summary: 'Đăng nhập: đặt cookie phiên httpOnly, SameSite=Strict',
    tag: 'auth',
    access: 'public',
    body: loginRequest,
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
};
