/** What the kiosk can say about its own health; read by the heartbeat and the slide-boundary self-check. */

/** Chromium's non-standard `performance.memory` (absent in other browsers). */
interface PerformanceWithMemory extends Performance {
  memory?: { usedJSHeapSize: number };
}

/** JS heap in use, or null where the browser does not tell. */
export function readHeapUsedBytes(): number | null {
  const used = (performance as PerformanceWithMemory).memory?.usedJSHeapSize;
  return typeof used === 'number' && Number.isFinite(used) ? used : null;
}

export function countDomNodes(): number {
  return document.getElementsByTagName('*').length;
}
