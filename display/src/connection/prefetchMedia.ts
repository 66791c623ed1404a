import type { DisplaySnapshot } from '@bangtin/shared';

/** Every picture and video a snapshot may show: posters, notice and commendation photos, videos and their poster frames, the logo. */
export function mediaUrlsOf(snapshot: DisplaySnapshot): string[] {
  const urls = new Set<string>();
  if (snapshot.school.logoUrl) urls.add(snapshot.school.logoUrl);
  for (const item of snapshot.items) {
    if (item.type === 'image') urls.add(item.url);
    else if (item.type === 'announcement' && item.imageUrl) urls.add(item.imageUrl);
    else if (item.type === 'commendation' && item.photoUrl) urls.add(item.photoUrl);
    else if (item.type === 'video') {
      if (item.posterUrl) urls.add(item.posterUrl);
      urls.add(item.url); // a whole-file GET, cached by the worker, which then answers the player's range requests
    }
  }
  return [...urls];
}

/** Two at a time: enough to finish long before the pictures' turn, gentle on a school's shared uplink. */
const PARALLEL = 2;

/**
 * Fetches one picture so the service worker caches it. Same-origin media with fetch(): an <img> could be
 * answered from the page's memory cache and never reach the worker. Other sites with an <img>: the page's
 * CSP allows them as images (img-src) but not as fetch() (connect-src).
 */
function loadOne(url: string): Promise<boolean> {
  if (new URL(url, window.location.href).origin === window.location.origin) {
    return fetch(url, { credentials: 'same-origin' })
      .then(async (response) => {
        await response.blob();
        return response.ok;
      })
      .catch(() => false);
  }
  return new Promise((resolve) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => resolve(true);
    image.onerror = () => resolve(false); // a broken picture is the slide's problem, not the prefetch's
    image.src = url;
  });
}

/** Loads pictures ahead of their turn; calls `onLoaded` for each one that arrived; returns a cancel function. */
export function prefetchImages(urls: readonly string[], onLoaded: (url: string) => void): () => void {
  const queue = [...urls];
  let cancelled = false;
  const loadNext = async () => {
    for (let url = queue.shift(); url !== undefined && !cancelled; url = queue.shift()) {
      if (await loadOne(url)) onLoaded(url);
    }
  };
  for (let i = 0; i < PARALLEL; i++) void loadNext();
  return () => {
    cancelled = true;
  };
}
