import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { buildIsStale, reloadReason } from './reloadPolicy.ts';
import type { ServiceWorkerStatus } from './serviceWorker.ts';
import { softReload } from './softReload.ts';
import { countDomNodes, readHeapUsedBytes } from './vitals.ts';

/** The heap is sampled this long after start, once the caches and the first slides have settled. */
const BASELINE_AFTER_MS = 2 * 60_000;

/**
 * Returns the callback the player runs at every slide boundary: reload there (never mid-slide) when the
 * server serves another build or a new service worker took over, or when the heap or the DOM has grown
 * past its limits. Builds are compared only in production (in dev the entry is a source file).
 */
export function useSlideBoundaryChecks(servedBuild: string | null | undefined, runningBuild: string, serviceWorker: ServiceWorkerStatus): () => void {
  const baselineHeap = useRef<number | null>(null);
  const served = import.meta.env.PROD ? servedBuild : null;
  const servedRef = useRef(served);
  useLayoutEffect(() => {
    servedRef.current = served;
  });

  useEffect(() => {
    const timer = window.setTimeout(() => {
      baselineHeap.current = readHeapUsedBytes();
    }, BASELINE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);

  // A new build announced: have the service worker fetch it now, so it is ready by a coming boundary.
  useEffect(() => {
    if (buildIsStale(runningBuild, served)) serviceWorker.checkForUpdate();
  }, [served, runningBuild, serviceWorker]);

  return useCallback(() => {
    const reason = reloadReason({
      runningBuild,
      servedBuild: servedRef.current,
      serviceWorker: serviceWorker.state(),
      heapBytes: readHeapUsedBytes(),
      baselineHeapBytes: baselineHeap.current,
      domNodes: countDomNodes(),
    });
    if (reason) softReload(reason);
  }, [runningBuild, serviceWorker]);
}
