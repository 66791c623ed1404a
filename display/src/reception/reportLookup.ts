import { DEVICE_CREDENTIAL_HEADER } from '@bangtin/shared';
import { loadCredential } from '../pairing/deviceIdentity.ts';

/**
 * Tells the server "this procedure was opened" (anonymous; counted per school day for the office). Fire and forget:
 * offline, or over the server's budget, the look-up simply goes uncounted — it never disturbs the parent.
 */
export function reportLookup(slug: string, contentId: string): void {
  // Counted only from the screen's paired device: the credential from pairing goes along.
  const credential = loadCredential(slug);
  void fetch(`/api/display/${encodeURIComponent(slug)}/lookups`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(credential ? { [DEVICE_CREDENTIAL_HEADER]: credential } : {}),
    },
    body: JSON.stringify({ contentId }),
    keepalive: true,
  }).catch(() => undefined);
}
