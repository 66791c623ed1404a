import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Response } from 'express';

/**
 * Serves the built display and admin pages from one port. Hashed assets are cached for a year; the HTML
 * shell is always revalidated so a kiosk picks up a new release. Any path under /display/ or /admin/ falls
 * back to the app's index.html (client-side routes such as /display/gate).
 */
export function mountPages(app: Express, pagesDir: string, mediaDir: string | null): void {
  if (mediaDir) {
    // Media files have generated names (uploads come with the media library); nothing user-supplied reaches a path.
    app.use(
      '/media',
      express.static(mediaDir, {
        index: false,
        dotfiles: 'deny',
        fallthrough: false,
        maxAge: '7d',
        // A PDF is downloaded, never opened inside our origin: were anything active left in it, it could not run here.
        // (Screens show the PNG pages rendered at upload, not the PDF.) Pictures get a sandbox too, as defence in depth.
        setHeaders: (res, filePath) => {
          res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
          res.setHeader('X-Content-Type-Options', 'nosniff');
          if (filePath.endsWith('.pdf')) res.setHeader('Content-Disposition', 'attachment');
        },
      }),
    );
  }
  // The display's service worker caches pictures from other https sites, and a worker's fetch() obeys
  // connect-src: give the worker script (only) its own policy.
  app.get('/display/sw.js', (_req, res, next) => {
    res.setHeader('Content-Security-Policy', "default-src 'self'; connect-src 'self' https:; img-src 'self' data: blob: https:");
    res.setHeader('Cache-Control', 'no-cache');
    next();
  });
  for (const name of ['display', 'admin'] as const) {
    const dist = path.join(pagesDir, name, 'dist');
    const index = path.join(dist, 'index.html');
    const sendIndex = (res: Response) => {
      if (!existsSync(index)) {
        res
          .status(503)
          .type('text/plain; charset=utf-8')
          .send(`Trang ${name} chưa được build. Chạy "npm run build" (hoặc "npm start", tự build khi cần).`);
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    };
    app.use(
      `/${name}/assets`,
      express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
    );
    app.use(`/${name}`, express.static(dist, { index: false, maxAge: 0 }));
    // Everything else under /<name>/ is a client-side route: answer with the app shell.
    app.use(`/${name}`, (req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      // req.baseUrl is '/<name>' at the root, '/<slug>/<name>' in a child unit (units/unitMount.ts).
      const [pathname, query] = req.originalUrl.split('?');
      if (pathname === req.baseUrl) return res.redirect(301, `${req.baseUrl}/${query ? `?${query}` : ''}`);
      sendIndex(res);
    });
  }
  app.get('/', (req, res) => res.redirect(302, `${req.baseUrl}/admin/`));
}
