import { randomBytes } from 'node:crypto';
import { DISPLAY_NAMESPACE, pairingOffer } from '@bangtin/shared';
import { io as connect } from 'socket.io-client';
import { api } from './contentFixtures.ts';
import type { DisplayClient } from './testApp.ts';

const askForOffer = async (url: string, deviceToken: string) => {
  const res = await fetch(`${url}/api/pairing`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ deviceToken }),
  });
  if (res.status !== 200) throw new Error(`POST /api/pairing → ${res.status}`);
  return pairingOffer.parse(((await res.json()) as { data: unknown }).data);
};

/**
 * Pairs a new device with a screen the way a kiosk does (code → office claims it → the kiosk asks again and gets
 * its assignment) and returns the device credential. `cookie` is a signed-in editor or admin; the same `deviceToken`
 * is the same kiosk pairing again.
 */
export async function pairDevice(url: string, cookie: string, screenId: string, deviceToken = randomBytes(32).toString('base64url')): Promise<string> {
  const { code } = await askForOffer(url, deviceToken);
  const claim = await api(url, cookie, 'POST', '/api/pairing/claim', { code, screenId });
  if (claim.status !== 200) throw new Error(`claiming the pairing code → ${claim.status}`);
  const { paired } = await askForOffer(url, deviceToken);
  if (!paired) throw new Error('the server did not hand the credential over');
  return paired.credential;
}

/** A kiosk socket presenting a device credential (or any `auth` an attacker might try). */
export function connectDevice(url: string, auth: { slug: string; credential?: string }): DisplayClient {
  return connect(`${url}${DISPLAY_NAMESPACE}`, { auth, transports: ['websocket'], forceNew: true });
}
