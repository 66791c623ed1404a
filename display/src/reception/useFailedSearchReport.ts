import { tokensOf } from '@bangtin/shared';
import { useEffect, useRef, useState } from 'react';

/** A search that found nothing counts once the parent has stopped typing this long (or leaves the search). */
export const FAILED_SEARCH_SETTLE_MS = 5000;

/** The search waiting to be counted, and what this visit already counted (each once). */
function failedSearchTracker() {
  let pending: string | null = null;
  const reported = new Set<string>();
  return {
    /** Holds the folded words of a failed search; false when there is nothing to count (one letter, or done). */
    hold(query: string | null): boolean {
      const words = query === null ? '' : tokensOf(query).join(' ');
      pending = words.length >= 2 && !reported.has(words) ? words : null;
      return pending !== null;
    },
    send(report: (words: string) => void) {
      if (pending === null) return;
      reported.add(pending);
      report(pending);
      pending = null;
    },
  };
}

/**
 * Reports a search that found nothing — once it has stood unchanged for FAILED_SEARCH_SETTLE_MS, or when the parent
 * leaves the search with it on screen — so the letters on the way to a query that works are not counted. The same
 * words are reported once per visit; one letter alone is not a search.
 */
export function useFailedSearchReport(failedQuery: string | null, report: (words: string) => void): void {
  const reportRef = useRef(report);
  useEffect(() => {
    reportRef.current = report;
  });
  const [tracker] = useState(failedSearchTracker);

  useEffect(() => {
    if (!tracker.hold(failedQuery)) return;
    const timer = window.setTimeout(() => tracker.send(reportRef.current), FAILED_SEARCH_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [failedQuery, tracker]);

  // Leaving the search (back, home, the idle return) counts what is on screen now.
  useEffect(() => {
    const reportNow = reportRef;
    return () => tracker.send(reportNow.current);
  }, [tracker]);
}
