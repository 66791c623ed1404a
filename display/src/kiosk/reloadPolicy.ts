/**
 * When the kiosk reloads itself, decided at a slide boundary only (pure; unit-tested). A soft reload is
 * cheap: the service worker serves the shell from cache and the snapshot comes from localStorage.
 */
export const HEAP_FLOOR_BYTES = 300 * 1024 * 1024;
export const HEAP_GROWTH_FACTOR = 3;
export const MAX_DOM_NODES = 5_000;

export interface BoundaryFacts {
  /** The entry script this page runs. */
  runningBuild: string;
  /** The entry script the server serves now (snapshot.displayBuild). */
  servedBuild: string | null | undefined;
  serviceWorker: 'none' | 'current' | 'updated';
  heapBytes: number | null;
  /** Heap measured two minutes after start; null until then. */
  baselineHeapBytes: number | null;
  domNodes: number;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function heapLimitBytes(baselineHeapBytes: number | null): number {
  return Math.max(HEAP_FLOOR_BYTES, HEAP_GROWTH_FACTOR * (baselineHeapBytes ?? 0));
}

/** Why the kiosk should reload now, or null to keep playing. */
export function reloadReason(facts: BoundaryFacts): string | null {
  const limit = heapLimitBytes(facts.baselineHeapBytes);
  if (facts.heapBytes !== null && facts.heapBytes > limit) return `JS heap ${mb(facts.heapBytes)} exceeds ${mb(limit)}`;
  if (facts.domNodes > MAX_DOM_NODES) return `${facts.domNodes} DOM nodes exceed ${MAX_DOM_NODES}`;
  if (facts.serviceWorker === 'updated') return 'a new display version is installed';
  // With a worker, reloading before the new one has taken over would only bring back the cached old shell.
  if (buildIsStale(facts.runningBuild, facts.servedBuild) && facts.serviceWorker === 'none') return `the server serves ${facts.servedBuild}, this page runs ${facts.runningBuild}`;
  return null;
}

/** A newer build is announced: time to ask the service worker to update. */
export function buildIsStale(runningBuild: string, servedBuild: string | null | undefined): boolean {
  return Boolean(servedBuild) && servedBuild !== runningBuild;
}
