import type { VitePWAOptions } from 'vite-plugin-pwa';

type RuntimeCaching = NonNullable<VitePWAOptions['workbox']['runtimeCaching']>[number];

/** The frame's header red (--red-900): the colour the browser chrome and splash screen take. */
const THEME_COLOUR = '#6b0d11';
const DAY_S = 24 * 3600;

/**
 * Cache pictures linked from other https sites. Needs the CSP the server gives /display/sw.js
 * (connect-src 'self' https:, server/src/http/pages.ts): a worker's fetch() obeys connect-src, and without it an
 * intercepted remote picture would fail outright instead of loading from its site.
 */
const CACHE_REMOTE_IMAGES = true;

/** Pictures linked from other sites (https only): opaque responses allowed, so fewer and bounded. */
const remoteImages: RuntimeCaching = {
  urlPattern: ({ url, sameOrigin, request }) => !sameOrigin && url.protocol === 'https:' && request.destination === 'image',
  handler: 'CacheFirst',
  method: 'GET',
  options: {
    cacheName: 'bangtin-remote-images',
    expiration: { maxEntries: 60, maxAgeSeconds: 60 * DAY_S, purgeOnQuotaError: true },
    cacheableResponse: { statuses: [0, 200] },
  },
};

/**
 * Offline-first kiosk (vite-plugin-pwa, generateSW). Precached: the app shell, JS, CSS and the bundled
 * Be Vietnam Pro woff2 faces. At run time: pictures cache-first, the screen's snapshot network-first with
 * a 3 s timeout. Nothing else is routed: /socket.io and every non-GET request go straight to the network.
 * The worker takes control by itself, but the page reloads only at a slide boundary (src/kiosk/).
 * `urlPattern` functions are copied into the worker as source text: they may use only their arguments.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'autoUpdate',
  injectRegister: false, // registered by src/kiosk/serviceWorker.ts
  scope: '/display/',
  manifest: {
    name: 'Bảng tin',
    short_name: 'Bảng tin',
    description: 'Bảng tin điện tử của nhà trường',
    lang: 'vi',
    start_url: '/display/',
    scope: '/display/',
    display: 'fullscreen',
    orientation: 'any',
    theme_color: THEME_COLOUR,
    background_color: '#4f080b',
    icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    // The manifest and its icon are added by the plugin itself.
    globPatterns: ['**/*.{js,css,html,woff2}'],
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: [/^\/display\//],
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // The screen's snapshot: fresh when the server answers within 3 s, the last good copy otherwise.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/api\/display\/[^/]+$/.test(url.pathname),
        handler: 'NetworkFirst',
        method: 'GET',
        options: {
          cacheName: 'bangtin-snapshots',
          networkTimeoutSeconds: 3,
          expiration: { maxEntries: 8 },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        // The media library: file names are not reused for other pictures, so the cached copy stays good.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/media/'),
        handler: 'CacheFirst',
        method: 'GET',
        options: {
          cacheName: 'bangtin-media',
          expiration: { maxEntries: 300, maxAgeSeconds: 60 * DAY_S, purgeOnQuotaError: true },
          // Only whole files are kept (the prefetch GETs each one); a player's partial answer (206) is never stored.
          cacheableResponse: { statuses: [200] },
          // A <video> asks for byte ranges ("Range: bytes=0-"): answer them from the cached whole file with 206 and
          // Content-Range (workbox-range-requests), so a cached video plays, and seeks, with the server away.
          rangeRequests: true,
        },
      },
      ...(CACHE_REMOTE_IMAGES ? [remoteImages] : []),
    ],
  },
};
