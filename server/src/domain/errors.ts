import type { ErrorCode, FieldIssue } from '@bangtin/shared';

/** An expected failure with a code and a Vietnamese message for people; anything else is a bug (500). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
export const forbidden = (message = 'Tài khoản của bạn không có quyền thực hiện thao tác này.') =>
  new AppError('FORBIDDEN', message);
