import { z } from 'zod';

/** Machine-readable error codes, shared by REST and sockets. Messages are Vietnamese, for people. */
export const errorCode = z.enum([
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'BAD_REQUEST',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof errorCode>;

export const fieldIssue = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssue>;

export const apiError = z.object({
  code: errorCode,
  message: z.string(),
  details: z.array(fieldIssue).optional(),
});
export type ApiError = z.infer<typeof apiError>;

/** REST error bodies are `{ error }`; socket acknowledgements use the full envelope. */
export const errorBody = z.object({ error: apiError });
export type ErrorBody = z.infer<typeof errorBody>;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** Turns zod issues into field-level details a form can show next to its inputs. */
export function issuesToDetails(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
