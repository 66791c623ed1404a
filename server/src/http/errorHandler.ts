import type { ErrorBody } from '@bangtin/shared';
import { httpStatusOf } from '@bangtin/shared';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../domain/errors.ts';
import type { Logger } from '../logger.ts';

/** Unknown /api routes: JSON, never Express's HTML page. */
export function apiNotFound(req: Request, res: Response): void {
  const body: ErrorBody = { error: { code: 'NOT_FOUND', message: `Không có API ${req.method} ${req.baseUrl}${req.path}.` } };
  res.status(404).json(body);
}

/**
 * Expected errors reach the client with their code and Vietnamese message; anything else is logged in full
 * and answered with a generic message — never a stack trace.
 */
export function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    let body: ErrorBody;
    if (error instanceof AppError) {
      body = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    } else if (isBodyParserError(error, 'entity.too.large')) {
      body = { error: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn.' } };
    } else if (isBodyParserError(error, 'entity.parse.failed')) {
      body = { error: { code: 'BAD_REQUEST', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' } };
    } else if (hasStatus(error, 404)) {
      body = { error: { code: 'NOT_FOUND', message: 'Không tìm thấy tệp.' } };
    } else if (clientStatus(error) !== null) {
      // Malformed paths, dotfiles and the like from the static file server: the client's mistake, not ours.
      logger.debug({ err: error, url: req.originalUrl }, 'client error');
      body = {
        error: clientStatus(error) === 403
          ? { code: 'FORBIDDEN', message: 'Không được phép truy cập tệp này.' }
          : { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' },
      };
    } else {
      logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
      body = { error: { code: 'INTERNAL', message: 'Đã có lỗi ở máy chủ. Vui lòng thử lại sau.' } };
    }
    if (res.headersSent) return;
    res.status(httpStatusOf[body.error.code]).json(body);
  };
}

function isBodyParserError(error: unknown, type: string): boolean {
  return typeof error === 'object' && error !== null && (error as { type?: unknown }).type === type;
}

function clientStatus(error: unknown): number | null {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

function hasStatus(error: unknown, status: number): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === status;
}
