/// <reference types="vite/client" />
// (import.meta.env: this module is also compiled by the tests, whose tsconfig has Node types only.)
import { errorBody, type ErrorCode, type FieldIssue } from '@bangtin/shared';
import type { CallArgs, ReplyOf, RouteContract } from '@bangtin/shared/api';
import { apiUrl } from './unitBase.ts';

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

export interface CallOptions {
  /** A 401 here is an answer, not "session expired": keep it out of the global handler. */
  quiet401?: boolean;
}

/** The server's `{ error }` body as an ApiFailure (or a plain one from the status when the body is not ours). */
export function failureFrom(status: number, statusText: string, body: unknown, fallback: ErrorCode): ApiFailure {
  const parsed = errorBody.safeParse(body);
  return parsed.success
    ? new ApiFailure(status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.details)
    : new ApiFailure(status, fallback, statusText);
}

/**
 * In development and tests, a reply that does not match its contract is reported at once (the server and the
 * console disagree); a production build leaves this out and trusts the server, which validated what it stored.
 */
export function checkReply(route: RouteContract, data: unknown): void {
  if (!import.meta.env.DEV) return;
  const parsed = route.response.safeParse(data);
  if (!parsed.success) console.error(`Reply of ${route.method.toUpperCase()} ${route.path} does not match its contract`, parsed.error.issues);
}

/**
 * Same-origin JSON requests with the session cookie, one per route contract: the URL is built from the contract
 * (params substituted, query encoded) and the reply typed from it. Successes are `{ data }`, failures `{ error }`.
 */
export function createHttp({ onUnauthenticated }: HttpOptions) {
  async function call<C extends RouteContract>(route: C, args: CallArgs<C>, opts: CallOptions = {}): Promise<ReplyOf<C>> {
    // A write without a body schema still sends `{}`: the CSRF guard wants JSON writes (DELETE excepted).
    const body: unknown = args.body ?? (route.method === 'get' || route.method === 'delete' ? undefined : {});
    let response: Response;
    try {
      response = await fetch(apiUrl(route, args.params, args.query), {
        method: route.method.toUpperCase(),
        credentials: 'same-origin',
        headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiFailure(0, 'NETWORK', 'network');
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const failure = failureFrom(response.status, response.statusText, json, response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL');
      if (failure.code === 'UNAUTHENTICATED' && !opts.quiet401) onUnauthenticated();
      throw failure;
    }
    const data = json !== null && typeof json === 'object' && 'data' in json ? json.data : null;
    checkReply(route, data);
    // Typed from the contract's response schema (checked above outside production builds).
    return data as ReplyOf<C>;
  }

  return { call };
}

export type Http = ReturnType<typeof createHttp>;
