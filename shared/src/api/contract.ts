import type { z } from 'zod';
import type { Role } from '../schemas/user.ts';

/**
 * One REST route, declared once: the server binds its handler to it (validation, role check, OpenAPI) and the
 * console's client builds the URL and types the reply from it, so the two cannot disagree on a path or a shape.
 * Home-made rather than ts-rest: its current release (3.52) peers zod 3 and Express 4, and this keeps the
 * server's own validation, role check, error envelope and OpenAPI generator exactly as they were.
 */
export type Access = 'public' | Role;
export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

export interface RouteContract {
  readonly method: HttpMethod;
  /** Express-style path, e.g. /api/content/:id; the `:name` segments are the route's params. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** The least role the route needs (roles are cumulative), or 'public'. */
  readonly access: Access;
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
  /** The `data` of a successful reply (a download's body for `reply: 'file'`). */
  readonly response: z.ZodType;
  readonly status?: number;
  /** 'file': the handler writes the reply itself (CSV download), the console links to it instead of fetching it. */
  readonly reply?: 'json' | 'file';
  /** 'multipart': the body is a file upload, not JSON (no body schema; the handler reads the stream). */
  readonly upload?: 'multipart';
}

/** Keeps the literal method, path and access of a contract (the client and the handler types are inferred from them). */
export const contract = <const C extends RouteContract>(route: C): C => route;

/** '/api/a/:id/b/:slug' → 'id' | 'slug'. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<C extends RouteContract> = { [K in PathParamNames<C['path']>]: string };

type SchemaOf<C extends RouteContract, K extends 'body' | 'query'> = C[K] extends z.ZodType ? C[K] : undefined;

/** What the handler receives after validation. */
export type BodyOut<C extends RouteContract> = SchemaOf<C, 'body'> extends z.ZodType ? z.output<SchemaOf<C, 'body'>> : undefined;
export type QueryOut<C extends RouteContract> = SchemaOf<C, 'query'> extends z.ZodType ? z.output<SchemaOf<C, 'query'>> : undefined;
/** What a caller sends. */
export type BodyIn<C extends RouteContract> = SchemaOf<C, 'body'> extends z.ZodType ? z.input<SchemaOf<C, 'body'>> : undefined;
export type QueryIn<C extends RouteContract> = SchemaOf<C, 'query'> extends z.ZodType ? z.input<SchemaOf<C, 'query'>> : undefined;
/** The `data` of a successful reply. */
export type ReplyOf<C extends RouteContract> = z.output<C['response']>;

/** A route's call arguments: only the parts the contract declares. */
export type CallArgs<C extends RouteContract> = ([PathParamNames<C['path']>] extends [never] ? { params?: undefined } : { params: PathParams<C> }) &
  (SchemaOf<C, 'query'> extends z.ZodType ? { query: QueryIn<C> } : { query?: undefined }) &
  (SchemaOf<C, 'body'> extends z.ZodType ? { body: BodyIn<C> } : { body?: undefined });

/**
 * The URL of a route: params substituted (encoded), query encoded with empty values left out
 * (`{ a: 1, b: undefined, c: '' }` → "?a=1").
 */
export function urlFor(route: RouteContract, params: Readonly<Record<string, string>> = {}, query: unknown = {}): string {
  const path = route.path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing param "${name}" for ${route.method.toUpperCase()} ${route.path}`);
    return encodeURIComponent(value);
  });
  return `${path}${queryString(query)}`;
}

/** `{ a: 1, b: undefined }` → "?a=1" (empty values are left out; form encoding, as URLSearchParams writes it). */
export function queryString(query: unknown): string {
  if (typeof query !== 'object' || query === null) return '';
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    pairs.push(`${formEncode(key)}=${formEncode(String(value))}`);
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

// shared/ has no DOM types (no URLSearchParams): this is its application/x-www-form-urlencoded byte set.
const formEncode = (text: string) =>
  encodeURIComponent(text)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
