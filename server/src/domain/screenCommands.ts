import { screenRoom, type DisplayCommandName, type PublicUser, type Screen } from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { DisplayNamespace } from '../realtime/displayNamespace.ts';
import type { PairingNamespace } from '../realtime/pairingNamespace.ts';
import { deviceRoom } from '../realtime/pairingNamespace.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import { AppError, notFound } from './errors.ts';
import { newId } from './ids.ts';
import type { Pairing } from './pairing.ts';

const COMMAND_VI: Record<DisplayCommandName, string> = {
  reload: 'tải lại',
  identify: 'nhận diện',
  next: 'trang tiếp',
  previous: 'trang trước',
};

/** Things the office does to kiosks right now: remote commands and pairing a new device to a screen. */
export function createScreenCommands(deps: {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  pairing: Pairing;
  displays: DisplayNamespace;
  pairingSockets: PairingNamespace;
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
      const room = screenRoom(screen.id);
      const payload = { id: newId('cmd'), command, issuedAt: deps.clock.now().toISOString() };
      deps.displays.to(room).emit('display:command', payload);
      const delivered = (await deps.displays.in(room).fetchSockets()).length;
      await deps.audit.record({
        actor: actor.username,
        action: 'screen.command',
        entity: 'screen',
        entityId: screen.id,
        summary: `Lệnh "${COMMAND_VI[command]}" tới ${screen.name} (${delivered} thiết bị)`,
      });
      return { ...payload, delivered };
    },

    /** Assigns the kiosk showing `code` to a screen; it switches to /display/<slug> at once. */
    async pair(code: string, screenId: string, actor: PublicUser) {
      const screen = await screenById(screenId);
      const token = deps.pairing.take(code);
      if (!token) {
        throw new AppError('NOT_FOUND', 'Mã ghép nối không đúng hoặc đã hết hạn. Hãy xem lại mã đang hiện trên màn hình mới.', [
          { path: 'code', message: 'Mã không đúng hoặc đã hết hạn' },
        ]);
      }
      const room = deviceRoom(token);
      deps.pairingSockets.to(room).emit('pairing:paired', { slug: screen.slug });
      const delivered = (await deps.pairingSockets.in(room).fetchSockets()).length;
      await deps.audit.record({
        actor: actor.username,
        action: 'screen.pair',
        entity: 'screen',
        entityId: screen.id,
        summary: `Ghép thiết bị mới với ${screen.name}`,
      });
      return { screen, delivered };
    },
  };
}
export type ScreenCommands = ReturnType<typeof createScreenCommands>;
