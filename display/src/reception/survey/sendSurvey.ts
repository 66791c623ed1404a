import { DEVICE_CREDENTIAL_HEADER, type SurveyInput } from '@bangtin/shared';
import { loadCredential } from '../../pairing/deviceIdentity.ts';
import { unitPath } from '../../route.ts';

/**
 * Sends one kiosk survey with the screen's pairing credential (only the paired device is counted). Fire and forget:
 * offline or over the screen's budget, the answer is lost — the parent still sees the thank-you.
 */
export function sendSurvey(slug: string, input: SurveyInput): void {
  const credential = loadCredential(slug);
  void fetch(unitPath(`/api/display/${encodeURIComponent(slug)}/survey`), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(credential ? { [DEVICE_CREDENTIAL_HEADER]: credential } : {}),
    },
    body: JSON.stringify(input),
    keepalive: true,
  }).catch(() => undefined);
}
