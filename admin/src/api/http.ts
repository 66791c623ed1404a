import { errorBody, type ErrorCode, type FieldIssue } from '@bangtin/shared';

/** Why a request failed: the server's error code, or NETWORK when the server could not be reached. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly details: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export interface HttpOptions {
  /** Called when the server says the session is gone (401 outside the login call). */
  onUnauthenticated: () => void;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Same-origin JSON requests with the session cookie; successes are `{ data }`, failures `{ error }`. */
export function createHttp({ onUnauthenticated }: HttpOptions) {
  async function request<T>(method: Method, path: string, body?: unknown, opts: { quiet401?: boolean } = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiFailure(0, 'NETWORK', 'network');
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = errorBody.safeParse(json);
      const failure = parsed.success
        ? new ApiFailure(response.status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.details)
        : new ApiFailure(response.status, response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', response.statusText);
      if (failure.code === 'UNAUTHENTICATED' && !opts.quiet401) onUnauthenticated();
      throw failure;
    }
    if (json === null || typeof json !== 'object' || !('data' in json)) return undefined as T; // e.g. logout: no body needed
    // The server validates what it stores and sends; the console trusts its shape (type-only import, as in tRPC).
    return json.data as T;
  }

  return {
    get: <T>(path: string, opts?: { quiet401?: boolean }) => request<T>('GET', path, undefined, opts),
    post: <T>(path: string, body: unknown, opts?: { quiet401?: boolean }) => request<T>('POST', path, body, opts),
    put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
    del: <T>(path: string) => request<T>('DELETE', path),
  };
}

export type Http = ReturnType<typeof createHttp>;
