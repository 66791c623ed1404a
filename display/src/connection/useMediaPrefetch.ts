import type { DisplaySnapshot } from '@bangtin/shared';
import { useEffect, useRef, useState } from 'react';
import { mediaUrlsOf, prefetchImages } from './prefetchMedia.ts';

const controlled = () => Boolean(navigator.serviceWorker?.controller);

/**
 * Prefetches the pictures of every new snapshot so they are cached before their turn. A picture counts as
 * done only once loaded through the service worker; the first visit (before it takes control) is redone.
 */
export function useMediaPrefetch(snapshot: DisplaySnapshot | null): void {
  const done = useRef(new Set<string>());
  const [controllerEpoch, setControllerEpoch] = useState(0);

  useEffect(() => {
    const container = navigator.serviceWorker;
    if (!container) return;
    const onChange = () => setControllerEpoch((n) => n + 1);
    container.addEventListener('controllerchange', onChange);
    return () => container.removeEventListener('controllerchange', onChange);
  }, []);

  useEffect(() => {
    if (!snapshot) return;
    const urls = mediaUrlsOf(snapshot).filter((url) => !done.current.has(url));
    return prefetchImages(urls, (url) => {
      if (controlled()) done.current.add(url);
    });
  }, [snapshot, controllerEpoch]);
}
