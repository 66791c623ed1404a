import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../domain/errors.ts';

/** Set by the console on file uploads (a custom header: a plain HTML form cannot send it). */
export const UPLOAD_HEADER = 'x-bangtin-upload';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery guard for cookie-authenticated writes, on top of SameSite=Strict:
 * a write must be JSON, or multipart with our upload header (an HTML form cannot send that without a CORS preflight we never grant) and,
 * when the browser names an Origin, it must be this server.
 */
export function csrfGuard(req: Request, _res: Response, next: NextFunction): void {
  if (!WRITE_METHODS.has(req.method)) return next();
  const origin = req.headers.origin;
  // `Origin: null` (a sandboxed frame, a data: or file: page, some redirects) is foreign too: it is not this server.
  if (origin !== undefined) {
    let originHost: string | null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!originHost || originHost !== req.headers.host) {
      return next(new AppError('FORBIDDEN', 'Yêu cầu đến từ một trang khác đã bị từ chối.'));
    }
  }
  // A cross-site page can only send DELETE with fetch, which needs a preflight we never grant.
  if (req.method === 'DELETE') return next();
  // The media upload is multipart; it must carry a header a cross-site form cannot add without a preflight.
  if (req.is('multipart/form-data') && req.headers[UPLOAD_HEADER] === '1') return next();
  if (!req.is('application/json')) {
    return next(new AppError('BAD_REQUEST', 'Yêu cầu ghi dữ liệu phải gửi ở dạng JSON (Content-Type: application/json).'));
  }
  next();
}
