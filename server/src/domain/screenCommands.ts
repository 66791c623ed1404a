import type { DisplayCommand, DisplayCommandName, PairingAssignment, PublicUser, Screen } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import { AppError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import type { DeviceTrust } from './deviceTrust.ts';
import type { Pairing } from './pairing.ts';

const COMMAND_VI: Record<DisplayCommandName, string> = {
  reload: 'tải lại',
  identify: 'nhận diện',
  next: 'trang tiếp',
  previous: 'trang trước',
};

/**
 * The live line to kiosks that commands need (a reply: how many kiosks got it), implemented by realtime/. Changes to
 * what screens play go through DomainEvents instead.
 */
export interface KioskLink {
  /** Sends a command to every kiosk showing the screen; resolves to the number of kiosks connected. */
  command(screenId: string, command: DisplayCommand): Promise<number>;
  /** Tells the unpaired kiosk holding `deviceToken` its screen and credential; resolves to the number of kiosks that got it. */
  paired(deviceToken: string, assignment: PairingAssignment): Promise<number>;
  /** The screen's credential changed or was revoked: its kiosks reconnect, and only the new device is believed. */
  credentialChanged(screenId: string): Promise<void>;
}

/** Things the office does to kiosks right now: remote commands and pairing a new device to a screen. */
export function createScreenCommands(deps: {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  pairing: Pairing;
  trust: DeviceTrust;
  kiosks: KioskLink;
}) {
  const screenById = async (id: string): Promise<Screen> => {
    const screen = (await deps.store.listScreens()).find((s) => s.id === id);
    if (!screen) throw notFound('màn hình này');
    return screen;
  };

  return {
    /** Sends a command to every kiosk showing the screen; `delivered` counts the kiosks connected now. */
    async send(screenId: string, command: DisplayCommandName, actor: PublicUser) {
      const screen = await screenById(screenId);
      const payload = { id: newId('cmd'), command, issuedAt: deps.clock.now().toISOString() };
      const delivered = await deps.kiosks.command(screen.id, payload);
      await deps.audit.record({
        actor: actor.username,
        action: 'screen.command',
        entity: 'screen',
        entityId: screen.id,
        summary: `Lệnh "${COMMAND_VI[command]}" tới ${screen.name} (${delivered} thiết bị)`,
      });
      return { ...payload, delivered };
    },

    /**
     * Assigns the kiosk showing `code` to a screen with a new device credential (beside the screen's other devices;
     * the same device pairing again replaces its own); it switches to /display/<slug> at once.
     */
    async pair(code: string, screenId: string, actor: PublicUser) {
      const screen = await screenById(screenId);
      const taken = await deps.pairing.take(code, async (deviceToken) => ({
        assignment: { slug: screen.slug, credential: await deps.trust.issue(screen.id, actor.username, deviceToken) },
        screenId: screen.id,
      }));
      if (!taken) {
        throw new AppError('NOT_FOUND', 'Mã ghép nối không đúng hoặc đã hết hạn. Hãy xem lại mã đang hiện trên màn hình mới.', [
          { path: 'code', message: 'Mã không đúng hoặc đã hết hạn' },
        ]);
      }
      await deps.kiosks.credentialChanged(screen.id);
      const delivered = await deps.kiosks.paired(taken.deviceToken, taken.assignment);
      await deps.audit.record({
        actor: actor.username,
        action: 'screen.pair',
        entity: 'screen',
        entityId: screen.id,
        summary: `Ghép thiết bị mới với ${screen.name}`,
      });
      return { screen, delivered };
    },

    /**
     * Forgets the screen's paired devices (or the one `deviceId`): its kiosk keeps playing, but nothing it reports is
     * believed any more. The screen's paired kiosks reconnect and are checked again, so the others stay believed.
     */
    async revokeDevice(screenId: string, actor: PublicUser, deviceId?: string): Promise<{ revoked: boolean }> {
      const screen = await screenById(screenId);
      const revoked = await deps.trust.revoke(screen.id, deviceId);
      if (revoked) {
        await deps.kiosks.credentialChanged(screen.id);
        await deps.audit.record({
          actor: actor.username,
          action: 'screen.pair',
          entity: 'screen',
          entityId: screen.id,
          summary: deviceId ? `Thu hồi một thiết bị đã ghép nối với ${screen.name} (${deviceId})` : `Thu hồi thiết bị đã ghép nối với ${screen.name}`,
        });
      }
      return { revoked };
    },
  };
}
export type ScreenCommands = ReturnType<typeof createScreenCommands>;
