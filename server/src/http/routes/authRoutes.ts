import { authApi } from '@bangtin/shared/api';
import type { Request } from 'express';
import { SECOND_STEP_SECONDS, type AuthService } from '../../domain/auth.ts';
import type { TwoFactorService } from '../../domain/twoFactor.ts';
import { signedInOf } from '../../units/unitSessions.ts';
import { clearedSessionCookie, readCookie, SECOND_STEP_COOKIE, secondStepCookie, sessionCookie, sessionCookieName } from '../cookies.ts';
import { bindRoutes } from '../route.ts';

/** The client's address as Express sees it (the proxy's X-Forwarded-For only with TRUST_PROXY=1). */
const clientAddress = (req: Request) => req.ip ?? req.socket.remoteAddress ?? '';

/** `base`: the unit's ('' for the root): its cookies live under `${base}/` (units/unitSessions.ts). */
export function authRoutes(auth: AuthService, twoFactor: TwoFactorService, base = '') {
  return bindRoutes(authApi, {
    login: async ({ body, req, res }) => {
      const outcome = await auth.login(body.username, body.password, clientAddress(req));
      if (outcome.kind === 'second-factor') {
        res.setHeader('Set-Cookie', secondStepCookie(outcome.ticket, SECOND_STEP_SECONDS, req.secure, base));
        return { secondFactor: 'totp' as const };
      }
      res.setHeader('Set-Cookie', sessionCookie(outcome.token, auth.sessionSeconds, req.secure, base));
      return { user: outcome.user };
    },
    secondFactor: async ({ body, req, res }) => {
      const { user, token } = await auth.secondFactor(readCookie(req.headers.cookie, SECOND_STEP_COOKIE), body.code, clientAddress(req));
      res.setHeader('Set-Cookie', [sessionCookie(token, auth.sessionSeconds, req.secure, base), secondStepCookie('', 0, req.secure, base)]);
      return { user };
    },
    logout: async ({ req, res, user }) => {
      // The session that signed this request in: the unit's own, or the root's for an acting administrator.
      const signedIn = signedInOf(req);
      if (signedIn) await signedIn.issuer.logout(signedIn.token, user);
      else await auth.logout(readCookie(req.headers.cookie, sessionCookieName(base)), user);
      res.setHeader('Set-Cookie', clearedSessionCookie(req.secure, signedIn?.base ?? base));
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
