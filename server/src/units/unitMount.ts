import express, { type Express, type NextFunction, type Request, type Response, type Router } from 'express';

/**
 * Hands `/<slug>/…` to a child unit's own Express app, before the root's catch-alls (the API's 404, the '/' redirect,
 * the pages' fallbacks). Inside the child `req.baseUrl` is '/<slug>' — what the public pages build their links from.
 * Units created at run time are added while the server runs; an unknown first segment falls through to the root.
 */
export function createUnitDispatch(trustProxy: boolean) {
  const apps = new Map<string, Express>();
  const router: Router = express.Router();
  let onMiss: ((slug: string) => Promise<boolean>) | null = null;

  function handle(app: Express, req: Request, res: Response, next: NextFunction): void {
    // As Express does for a mounted app: the child's request/response prototypes while it runs, ours again after.
    const request: object | null = Object.getPrototypeOf(req) as object | null;
    const response: object | null = Object.getPrototypeOf(res) as object | null;
    app(req, res, (error?: unknown) => {
      Object.setPrototypeOf(req, request);
      Object.setPrototypeOf(res, response);
      // Nothing of the root answers below a child's address: what the child does not know is a 404 here.
      if (error !== undefined && error !== null) return next(error);
      if (!res.headersSent) res.status(404).type('text/plain; charset=utf-8').send('Không tìm thấy trang.');
    });
  }

  router.use('/:unitSlug', (req, res, next) => {
    const slug = req.params.unitSlug ?? '';
    const app = apps.get(slug);
    if (app) return handle(app, req, res, next);
    if (!onMiss) return next();
    // A unit another process made, not mounted here yet (units/unitHost.ts asks the directory): dispatch, or the root's.
    onMiss(slug).then((mounted) => {
      const late = mounted ? apps.get(slug) : undefined;
      if (late) handle(late, req, res, next);
      else next();
    }, next);
  });

  return {
    router,
    /** A fresh app for a child unit, with the shell's settings. */
    newApp(): Express {
      const app = express();
      app.disable('x-powered-by');
      app.set('trust proxy', trustProxy ? 1 : false);
      return app;
    },
    add(slug: string, app: Express): void {
      apps.set(slug, app);
    },
    has: (slug: string) => apps.has(slug),
    /** Several processes: asked about a first segment no mounted unit has (true when it mounted one meanwhile). */
    onMiss(resolver: (slug: string) => Promise<boolean>): void {
      onMiss = resolver;
    },
  };
}
export type UnitDispatch = ReturnType<typeof createUnitDispatch>;
