import { hasRole, issuesToDetails, viErrorMap } from '@bangtin/shared';
import type { NextFunction, Request, Response, Router } from 'express';
import type { AuthService } from '../domain/auth.ts';
import { AppError } from '../domain/errors.ts';
import { ownSessions, rememberSignedIn, type SessionResolver } from '../units/unitSessions.ts';
import type { RouteSpec } from './route.ts';

/** `resolve`: who the request is in this unit (units/unitSessions.ts); the unit's own sessions when omitted. */
export function mountRoutes(router: Router, routes: RouteSpec[], auth: AuthService, resolve: SessionResolver = ownSessions(auth)): void {
  for (const route of routes) {
    router[route.method](route.path, async (req: Request, res: Response, next: NextFunction) => {
      try {
        const signedIn = await resolve(req.headers.cookie);
        rememberSignedIn(req, signedIn);
        const user = signedIn?.user ?? null;
        if (route.access !== 'public') {
          if (!user) throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
          if (!hasRole(user.role, route.access)) throw new AppError('FORBIDDEN', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
        }
        const body = route.body ? parseOrThrow(route.body, req.body ?? {}, 'Dữ liệu gửi lên chưa hợp lệ.') : undefined;
        const query = route.query ? parseOrThrow(route.query, req.query, 'Tham số truy vấn chưa hợp lệ.') : undefined;
        const params = Object.fromEntries(Object.entries(req.params).map(([k, v]) => [k, String(v)]));
        const data = await route.handle({ req, res, body, query, params, user });
        if (!res.headersSent) res.status(route.status ?? 200).json({ data: data ?? null });
      } catch (error) {
        next(error);
      }
    });
  }
}

function parseOrThrow(schema: RouteSpec['response'], value: unknown, message: string): unknown {
  // Built-in checks answer in Vietnamese; messages written into the schemas stay as written.
  const parsed = schema.safeParse(value, { error: viErrorMap });
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', message, issuesToDetails(parsed.error.issues));
  return parsed.data;
}
