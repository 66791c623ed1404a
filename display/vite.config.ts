import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { absolutePluginEntries, pwaOptions } from './pwa.config.ts';
import { websocketOnly } from './websocketOnly.ts';
import { zodWithoutJsonSchema } from './zodWithoutJsonSchema.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The dev server proxies API and sockets to the Node server (never a hard-coded port in the app itself). */
const serverUrl = process.env.BANGTIN_DEV_SERVER ?? 'http://localhost:3000';

/**
 * The shared schedule schemas import the cron check (and with it croner, ≈ 10 KB of gzip) for what the office saves;
 * the kiosk validates no expression, so in its build that one import is the small stand-in. Every other import of
 * cron.ts — the offline planner's, in its lazy chunk — gets the real engine.
 */
const cronCheckStandIn: Plugin = {
  name: 'bangtin-cron-check-stand-in',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '../schedule/cron.ts' && importer?.replaceAll('\\', '/').endsWith('shared/src/schemas/schedule.ts')) {
      return fileURLToPath(new URL('./src/schedule/cronCheckOnScreen.ts', import.meta.url));
    }
    return null;
  },
};

export default defineConfig({
  root,
  base: '/display/',
  plugins: [cronCheckStandIn, zodWithoutJsonSchema, websocketOnly, react(), VitePWA(pwaOptions), absolutePluginEntries],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/api': serverUrl,
      '/media': serverUrl,
      '/socket.io': { target: serverUrl, ws: true },
    },
  },
});
