import { authApi } from '@bangtin/shared/api';
import type { AuthService } from '../../domain/auth.ts';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from '../cookies.ts';
import { bindRoutes } from '../route.ts';

export function authRoutes(auth: AuthService) {
  return bindRoutes(authApi, {
    login: async ({ body, req, res }) => {
      const { user, token } = await auth.login(body.username, body.password);
      const maxAge = auth.sessionSeconds;
      res.setHeader('Set-Cookie', sessionCookie(token, maxAge, req.secure));
      return { user };
    },
    logout: async ({ req, res, user }) => {
      await auth.logout(readCookie(req.headers.cookie, SESSION_COOKIE), user);
      res.setHeader('Set-Cookie', clearedSessionCookie(req.secure));
      return null;
    },
    me: async ({ user }) => ({ user }),
  });
}
