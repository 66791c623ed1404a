import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { deviceCredential, type ScreenDeviceStatus } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { newId } from './ids.ts';

/** A 256-bit random secret needs no slow hash: SHA-256 of it cannot be searched back. */
const hashOf = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Devices one screen may have; pairing one more forgets the oldest (a screen is a wall or two, not a fleet). */
export const MAX_DEVICES_PER_SCREEN = 10;

/**
 * Device credentials: what makes a kiosk *the* screen rather than anyone who knows its slug. Pairing issues one per
 * device; a screen may have several (two TVs showing one screen both count), pairing the same device again (its
 * device token) replaces its credential. Only hashes are stored; the office revokes one device or all of a screen.
 * A kiosk without a valid credential still plays the public snapshot, but nothing it reports is believed.
 */
export function createDeviceTrust({ store, clock }: { store: Store; clock: Clock }) {
  const devicesOf = async (screenId: string) => (await store.devices.list()).filter((d) => d.screenId === screenId);

  return {
    /** A new credential for this device on the screen; returned once, never stored in clear. */
    async issue(screenId: string, pairedBy: string, deviceToken?: string): Promise<string> {
      const credential = randomBytes(32).toString('base64url');
      const deviceTokenHash = deviceToken === undefined ? undefined : hashOf(deviceToken);
      const others = (await devicesOf(screenId)).sort((a, b) => a.pairedAt.localeCompare(b.pairedAt));
      const replaced = others.filter((d) => deviceTokenHash !== undefined && d.deviceTokenHash === deviceTokenHash);
      const kept = others.filter((d) => !replaced.includes(d));
      const overflow = kept.slice(0, Math.max(0, kept.length - (MAX_DEVICES_PER_SCREEN - 1)));
      for (const old of [...replaced, ...overflow]) await store.devices.remove(old.id);
      await store.devices.insert({
        id: newId('dev'),
        screenId,
        credentialHash: hashOf(credential),
        ...(deviceTokenHash ? { deviceTokenHash } : {}),
        pairedAt: clock.now().toISOString(),
        pairedBy,
      });
      return credential;
    },

    /** True only when `credential` is a current credential of this screen (constant-time compare). */
    async verify(screenId: string, credential: unknown): Promise<boolean> {
      const parsed = deviceCredential.safeParse(credential);
      if (!parsed.success) return false;
      const presented = Buffer.from(hashOf(parsed.data), 'hex');
      return (await devicesOf(screenId)).some((d) => timingSafeEqual(Buffer.from(d.credentialHash, 'hex'), presented));
    },

    /** Forgets the screen's devices (or only `deviceId`); false when there was none to forget. */
    async revoke(screenId: string, deviceId?: string): Promise<boolean> {
      const devices = (await devicesOf(screenId)).filter((d) => deviceId === undefined || d.id === deviceId);
      for (const device of devices) await store.devices.remove(device.id);
      return devices.length > 0;
    },

    async list(): Promise<ScreenDeviceStatus[]> {
      return (await store.devices.list())
        .sort((a, b) => a.pairedAt.localeCompare(b.pairedAt))
        .map(({ id, screenId, pairedAt, pairedBy }) => ({ id, screenId, pairedAt, pairedBy }));
    },
  };
}
export type DeviceTrust = ReturnType<typeof createDeviceTrust>;
