import type { Plugin } from 'vite';
import type { VitePluginPWAAPI, VitePWAOptions } from 'vite-plugin-pwa';

type RuntimeCaching = NonNullable<VitePWAOptions['workbox']['runtimeCaching']>[number];

/** The frame's header red (--red-900): the colour the browser chrome and splash screen take. */
const THEME_COLOUR = '#6b0d11';
const DAY_S = 24 * 3600;
/** Where the built kiosk lives for every unit (vite.config's `base`). */
const DISPLAY_BUILD = '/display/';
/** A kiosk page of the root (/display/…) or of a child unit (/<unit>/display/…). */
export const UNIT_DISPLAY_PAGE = /^(?:\/[a-z0-9-]+)?\/display\//;

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
 *
 * Units (units.md): every unit's kiosks get this same worker at their own address (/display/sw.js at the root,
 * /<unit>/display/sw.js in a child, scope beside it), while the page they load is the one shared build whose
 * index.html names /display/assets/… absolutely. So the precache list is absolute (/display/…), the navigation fallback
 * is /display/index.html, and the snapshot route accepts an optional /<unit> in front: a kiosk at
 * /truong-a/display/gate starts offline exactly like one at /display/gate.
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
    // Precached at the shared build's own addresses (what index.html asks for), whichever unit's worker holds them.
    modifyURLPrefix: { '': DISPLAY_BUILD },
    navigateFallback: `${DISPLAY_BUILD}index.html`,
    navigateFallbackAllowlist: [UNIT_DISPLAY_PAGE],
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // The screen's snapshot: fresh when the server answers within 3 s, the last good copy otherwise.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /^(?:\/[a-z0-9-]+)?\/api\/display\/[^/]+$/.test(url.pathname),
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

/**
 * The plugin adds the web manifest and its icon to the precache list itself, after `modifyURLPrefix` has run: make
 * those absolute too, or a child unit's worker would fetch /<unit>/display/manifest.webmanifest at install (and fail
 * to install if that address ever answered 404).
 */
let pwaApi: VitePluginPWAAPI | undefined;
export const absolutePluginEntries: Plugin = {
  name: 'bangtin-absolute-precache-entries',
  apply: 'build',
  configResolved(config) {
    pwaApi = (config.plugins.find((plugin) => plugin.name === 'vite-plugin-pwa') as (Plugin & { api?: VitePluginPWAAPI }) | undefined)?.api;
  },
  // After every plugin's configResolved: the PWA plugin resolves its options (and its own entries) there.
  buildStart() {
    pwaApi?.extendManifestEntries((entries) =>
      entries.map((entry) => {
        const url = typeof entry === 'string' ? entry : entry.url;
        const absolute = url.startsWith('/') ? url : `${DISPLAY_BUILD}${url}`;
        return typeof entry === 'string' ? absolute : { ...entry, url: absolute };
      }),
    );
  },
};
