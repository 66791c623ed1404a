/** Fire and forget: offline, or over the server's budget, the report is simply lost — it never disturbs the parent. */
function report(slug: string, what: 'lookups' | 'failed-searches', body: object): void {
  void fetch(`/api/display/${encodeURIComponent(slug)}/${what}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    keepalive: true,
  }).catch(() => undefined);
}

/** Tells the server "this procedure was opened" (anonymous; counted per school day for the office). */
export function reportLookup(slug: string, contentId: string): void {
  report(slug, 'lookups', { contentId });
}

/** Tells the server "a parent searched for this and found nothing" (it keeps only the folded words, per day). */
export function reportFailedSearch(slug: string, query: string): void {
  report(slug, 'failed-searches', { query });
}
