import { Workbox } from 'workbox-window';
import { displayBase } from '../route.ts';

/** The app's view of its service worker (offline shell, fonts, media and snapshot caches). */
export interface ServiceWorkerStatus {
  /** 'none': no worker controls the page (dev, an insecure http://LAN-IP origin, unsupported browser). */
  state: () => 'none' | 'current' | 'updated';
  /** Asks the browser to look for a newer worker now (the server announced another build). Throttled. */
  checkForUpdate: () => void;
}

const UPDATE_CHECK_EVERY_MS = 60_000;

/**
 * Registers the generated worker (vite-plugin-pwa, generateSW). It installs and takes control on its own
 * (skipWaiting + clientsClaim), but the page never reloads itself here: a new worker only marks the
 * state 'updated', and the player reloads at the next slide boundary.
 */
export function registerServiceWorker(): ServiceWorkerStatus {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) {
    return { state: () => 'none', checkForUpdate: () => undefined };
  }
  // Each unit's kiosks have their own worker (/<unit>/display/sw.js, scope /<unit>/display/); the files it precaches
  // are the shared build at /display/ (pwa.config.ts), so a child's kiosk starts offline exactly as the root's does.
  const base = displayBase();
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  // A change of controller after the page already had one means a newer worker (a newer build) took over.
  // (workbox-window's own `isUpdate` flag stays false on a page first opened without a worker.)
  let hadController = navigator.serviceWorker.controller !== null;
  let updated = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController && !updated) {
      updated = true;
      console.info('[bangtin] a new display version is installed; reloading at the next slide boundary');
    }
    hadController = true;
  });
  workbox.register().catch((error: unknown) => console.warn('[bangtin] service worker registration failed', error));

  let lastCheck = 0;
  return {
    state: () => (updated ? 'updated' : navigator.serviceWorker.controller ? 'current' : 'none'),
    checkForUpdate: () => {
      if (Date.now() - lastCheck < UPDATE_CHECK_EVERY_MS) return;
      lastCheck = Date.now();
      workbox.update().catch(() => undefined); // server away: the next announcement asks again
    },
  };
}
