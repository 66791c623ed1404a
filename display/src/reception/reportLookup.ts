/**
 * Tells the server "this procedure was opened" (anonymous; counted per school day for the office). Fire and forget:
 * offline, or over the server's budget, the look-up simply goes uncounted — it never disturbs the parent.
 */
export function reportLookup(slug: string, contentId: string): void {
  void fetch(`/api/display/${encodeURIComponent(slug)}/lookups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ contentId }),
    keepalive: true,
  }).catch(() => undefined);
}
