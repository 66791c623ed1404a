import { authApi } from '@bangtin/shared/api';
import type { Request } from 'express';
import { SECOND_STEP_SECONDS, type AuthService } from '../../domain/auth.ts';
import type { TwoFactorService } from '../../domain/twoFactor.ts';
import { clearedSessionCookie, readCookie, SECOND_STEP_COOKIE, secondStepCookie, SESSION_COOKIE, sessionCookie } from '../cookies.ts';
import { bindRoutes } from '../route.ts';

/** The client's address as Express sees it (the proxy's X-Forwarded-For only with TRUST_PROXY=1). */
const clientAddress = (req: Request) => req.ip ?? req.socket.remoteAddress ?? '';

export function authRoutes(auth: AuthService, twoFactor: TwoFactorService) {
  return bindRoutes(authApi, {
    login: async ({ body, req, res }) => {
      const outcome = await auth.login(body.username, body.password, clientAddress(req));
      if (outcome.kind === 'second-factor') {
        res.setHeader('Set-Cookie', secondStepCookie(outcome.ticket, SECOND_STEP_SECONDS, req.secure));
        return { secondFactor: 'totp' as const };
      }
      res.setHeader('Set-Cookie', sessionCookie(outcome.token, auth.sessionSeconds, req.secure));
      return { user: outcome.user };
    },
    secondFactor: async ({ body, req, res }) => {
      const { user, token } = await auth.secondFactor(readCookie(req.headers.cookie, SECOND_STEP_COOKIE), body.code, clientAddress(req));
      res.setHeader('Set-Cookie', [sessionCookie(token, auth.sessionSeconds, req.secure), secondStepCookie('', 0, req.secure)]);
      return { user };
    },
    logout: async ({ req, res, user }) => {
      await auth.logout(readCookie(req.headers.cookie, SESSION_COOKIE), user);
      res.setHeader('Set-Cookie', clearedSessionCookie(req.secure));
      return null;
    },
    me: async ({ user }) => ({ user }),
    totpStatus: ({ user }) => twoFactor.status(user),
    totpSetup: ({ user }) => twoFactor.setup(user),
    totpConfirm: ({ body, user }) => twoFactor.confirm(user, body.code),
    totpDisable: async ({ body, user }) => {
      await twoFactor.disable(user, body.password, body.code);
      return null;
    },
  });
}
