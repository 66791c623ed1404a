import { createRequire } from 'node:module';
import path from 'node:path';
import type { Express, Router } from 'express';
import { SITE_CSS, SITE_FONT_FILES } from './siteCss.ts';

const require = createRequire(import.meta.url);

/**
 * The public site for parents' phones and the printed documents: its stylesheet and bundled fonts under /site/,
 * then each feature's router (pages such as /gop-y, /thu-tuc, /in/…). Mounted before the admin and display apps.
 */
export function mountPublicSite(app: Express, routers: readonly Router[]): void {
  app.get('/site/site.css', (_req, res) => {
    res.type('css').setHeader('Cache-Control', 'public, max-age=86400');
    res.send(SITE_CSS);
  });
  const fontDir = path.join(path.dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
  const allowed = new Set(SITE_FONT_FILES);
  app.get('/site/fonts/:file', (req, res, next) => {
    if (!allowed.has(req.params.file)) return next();
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.sendFile(path.join(fontDir, req.params.file));
  });
  for (const router of routers) app.use(router);
}
