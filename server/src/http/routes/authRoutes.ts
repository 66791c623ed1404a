import { loginRequest, publicUser } from '@bangtin/shared';
import { z } from 'zod';
import type { AuthService } from '../../domain/auth.ts';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from '../cookies.ts';
import { defineRoute } from '../route.ts';

const userReply = z.object({ user: publicUser });

export function authRoutes(auth: AuthService) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/login',
      summary: 'Đăng nhập: đặt cookie phiên httpOnly, SameSite=Strict',
      tag: 'auth',
      access: 'public',
      body: loginRequest,
      response: userReply,
      handle: async ({ body, req, res }) => {
        const { user, token } = await auth.login(body.username, body.password);
        const maxAge = auth.sessionSeconds;
        res.setHeader('Set-Cookie', sessionCookie(token, maxAge, req.secure));
        return { user };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      summary: 'Đăng xuất: huỷ phiên trên máy chủ và xoá cookie',
      tag: 'auth',
      access: 'public',
      response: z.null(),
      handle: async ({ req, res, user }) => {
        await auth.logout(readCookie(req.headers.cookie, SESSION_COOKIE), user);
        res.setHeader('Set-Cookie', clearedSessionCookie(req.secure));
        return null;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/me',
      summary: 'Người dùng đang đăng nhập',
      tag: 'auth',
      access: 'editor',
      response: userReply,
      handle: async ({ user }) => ({ user }),
    }),
  ];
}
