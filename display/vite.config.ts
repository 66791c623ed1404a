import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './pwa.config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The dev server proxies API and sockets to the Node server (never a hard-coded port in the app itself). */
const serverUrl = process.env.BANGTIN_DEV_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  root,
  base: '/display/',
  plugins: [react(), VitePWA(pwaOptions)],
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
