import type { PublicUser } from '@bangtin/shared';
import type { BodyOut, PathParams, QueryOut, ReplyOf, RouteContract } from '@bangtin/shared/api';
import type { Request, Response } from 'express';

/**
 * A REST route is declared once, as a contract in shared/src/api/ (method, path, access, schemas); the server binds
 * a handler to each. The same bound list mounts the Express handlers (validate → authorise → handle → reply) and
 * generates the OpenAPI document, so the documentation cannot drift from the code, and the security test can walk
 * every write route.
 */
export interface RouteContext<C extends RouteContract> {
  req: Request;
  res: Response;
  body: BodyOut<C>;
  query: QueryOut<C>;
  params: PathParams<C>;
  /** Signed in and allowed (the role check ran before the handler) unless the route is public. */
  user: C['access'] extends 'public' ? PublicUser | null : PublicUser;
}

/** A download (`reply: 'file'`) writes its own reply (what it returns is ignored); every other handler returns the reply's `data`. */
export type Handler<C extends RouteContract> = (ctx: RouteContext<C>) => Promise<C['reply'] extends 'file' ? unknown : ReplyOf<C>>;

/** What mountRoutes hands any handler once the contract is erased from the type. */
export interface MountedContext {
  req: Request;
  res: Response;
  body: unknown;
  query: unknown;
  params: Record<string, string>;
  user: PublicUser | null;
}

/** A contract with its handler, as mounted and documented. */
export interface RouteSpec extends RouteContract {
  readonly contract: RouteContract;
  handle: (ctx: MountedContext) => Promise<unknown>;
}

/** One handler per contract of a domain: a missing or extra handler is a type error. */
export type Handlers<D extends Record<string, RouteContract>> = { [K in keyof D]: Handler<D[K]> };

/** Binds a domain's handlers to its contracts, in the contracts' order (which is the OpenAPI order). */
export function bindRoutes<D extends Record<string, RouteContract>>(domain: D, handlers: Handlers<D>): RouteSpec[] {
  return Object.keys(domain).map((name) => {
    const contract = domain[name]!;
    // Each handler is typed against its own contract above; mountRoutes hands it exactly that contract's
    // validated body, query and params, and a non-null user when the access is not public.
    const handle = handlers[name] as unknown as RouteSpec['handle'];
    return { ...contract, contract, handle };
  });
}
