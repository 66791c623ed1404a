import type { BrowserContext } from '@playwright/test';
import { pairDevice } from '../helpers/devicePairing.ts';

/**
 * Only a paired kiosk's presence, acknowledgements and look-ups count (issue #12). Pairs `screenId` through the real
 * pairing API and gives the device credential to the kiosk pages of `context`, as the pairing screen would have
 * stored it (set before any page of the context loads). `cookie` is a signed-in office user.
 */
export async function pairKiosk(context: BrowserContext, baseUrl: string, cookie: string, screenId: string, slug = screenId): Promise<void> {
  const credential = await pairDevice(baseUrl, cookie, screenId);
  await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [`bangtin:display:credential:${slug}`, credential] as const);
}
