import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { deviceCredential, type ScreenDeviceStatus } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { newId } from './ids.ts';

/** A 256-bit random secret needs no slow hash: SHA-256 of it cannot be searched back. */
const hashOf = (credential: string) => createHash('sha256').update(credential, 'utf8').digest('hex');

/**
 * Device credentials: what makes a kiosk *the* screen rather than anyone who knows its slug. Pairing issues one per
 * screen (pairing again replaces it); only its hash is stored; the office can revoke it. A kiosk without a valid one
 * still plays the public snapshot, but nothing it reports is believed.
 */
export function createDeviceTrust({ store, clock }: { store: Store; clock: Clock }) {
  const devicesOf = async (screenId: string) => (await store.devices.list()).filter((d) => d.screenId === screenId);

  return {
    /** A new credential for the screen, replacing any earlier device; returned once, never stored in clear. */
    async issue(screenId: string, pairedBy: string): Promise<string> {
      const credential = randomBytes(32).toString('base64url');
      for (const old of await devicesOf(screenId)) await store.devices.remove(old.id);
      await store.devices.insert({ id: newId('dev'), screenId, credentialHash: hashOf(credential), pairedAt: clock.now().toISOString(), pairedBy });
      return credential;
    },

    /** True only when `credential` is the current credential of this screen (constant-time compare). */
    async verify(screenId: string, credential: unknown): Promise<boolean> {
      const parsed = deviceCredential.safeParse(credential);
      if (!parsed.success) return false;
      const presented = Buffer.from(hashOf(parsed.data), 'hex');
      return (await devicesOf(screenId)).some((d) => timingSafeEqual(Buffer.from(d.credentialHash, 'hex'), presented));
    },

    /** Forgets the screen's device; false when it had none. */
    async revoke(screenId: string): Promise<boolean> {
      const devices = await devicesOf(screenId);
      for (const device of devices) await store.devices.remove(device.id);
      return devices.length > 0;
    },

    async list(): Promise<ScreenDeviceStatus[]> {
      return (await store.devices.list()).map(({ screenId, pairedAt, pairedBy }) => ({ screenId, pairedAt, pairedBy }));
    },
  };
}
export type DeviceTrust = ReturnType<typeof createDeviceTrust>;
