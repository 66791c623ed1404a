import type { PublicUser, Role } from '@bangtin/shared';
import type { Request, Response } from 'express';
import type { z } from 'zod';

/**
 * One declaration per REST route. The same list mounts the Express handlers (validate → authorise →
 * handle → reply) and generates the OpenAPI document, so the documentation cannot drift from the code,
 * and the security test can walk every write route.
 */
export type Access = 'public' | Role;

export interface RouteContext<Body, Query> {
  req: Request;
  res: Response;
  body: Body;
  query: Query;
  params: Record<string, string>;
  user: PublicUser | null;
}

export interface RouteSpec<BodySchema extends z.ZodType = z.ZodType, QuerySchema extends z.ZodType = z.ZodType> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express path, e.g. /api/content/:id */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  body?: BodySchema;
  query?: QuerySchema;
  /** The `data` of a successful reply, for the OpenAPI document. */
  response: z.ZodType;
  status?: number;
  handle: (ctx: RouteContext<z.infer<BodySchema>, z.infer<QuerySchema>>) => Promise<unknown>;
}

/** Keeps each route's body type tied to its schema while collecting routes into one list. */
export function defineRoute<B extends z.ZodType, Q extends z.ZodType>(spec: RouteSpec<B, Q>): RouteSpec {
  return spec as unknown as RouteSpec;
}
