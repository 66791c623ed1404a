import { DEVICE_CREDENTIAL_HEADER } from '@bangtin/shared';
import { loadCredential } from '../pairing/deviceIdentity.ts';
import { unitPath } from '../route.ts';

/** Fire and forget: offline, or over the server's budget, the report is simply lost — it never disturbs the parent. */
function report(slug: string, what: 'lookups' | 'failed-searches', body: object): void {
  // Counted only from the screen's paired device: the credential from pairing goes along.
  const credential = loadCredential(slug);
  void fetch(unitPath(`/api/display/${encodeURIComponent(slug)}/${what}`), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(credential ? { [DEVICE_CREDENTIAL_HEADER]: credential } : {}),
    },
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
