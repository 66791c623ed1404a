import { deviceCredential, deviceToken, screenSlug, type PairingAssignment } from '@bangtin/shared';
import { unitStorageKey } from '../route.ts';

/**
 * What a kiosk remembers about itself: a random device token (names the device while it waits to be
 * paired, never a person) and, once paired, the slug of its screen and the device credential the server
 * issued for it (the only copy: the server keeps a hash). Local storage survives reloads, power cuts and
 * days offline.
 */
const TOKEN_KEY = 'bangtin:display:deviceToken';
// The token names the device in every unit; its pairing and credentials belong to the unit that paired it.
const pairedSlugKey = () => unitStorageKey('bangtin:display:pairedSlug');
const credentialKey = (slug: string) => unitStorageKey(`bangtin:display:credential:${slug}`);

/** 32 random bytes → 43 base64url characters (the shared `deviceToken` schema wants 32–128). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newDeviceToken(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

function readKey(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeKey(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage disabled: the kiosk works for this session and pairs again after a restart.
  }
}

export function loadOrCreateDeviceToken(): string {
  const stored = deviceToken.safeParse(readKey(TOKEN_KEY));
  if (stored.success) return stored.data;
  const token = newDeviceToken();
  writeKey(TOKEN_KEY, token);
  return token;
}

export function loadPairedSlug(): string | null {
  const stored = screenSlug.safeParse(readKey(pairedSlugKey()));
  return stored.success ? stored.data : null;
}


/** Remembers the office's assignment: this kiosk is now that screen's paired device. */
export function savePairing(assignment: PairingAssignment): void {
  writeKey(pairedSlugKey(), assignment.slug);
  writeKey(credentialKey(assignment.slug), assignment.credential);
}

/** The credential for this screen, if this kiosk was paired with it; null for a kiosk opened by its address only. */
export function loadCredential(slug: string): string | null {
  const stored = deviceCredential.safeParse(readKey(credentialKey(slug)));
  return stored.success ? stored.data : null;
}
