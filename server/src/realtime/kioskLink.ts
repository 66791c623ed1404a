import { screenRoom } from '@bangtin/shared';
import type { KioskLink } from '../domain/screenCommands.ts';
import type { DisplayNamespace } from './displayNamespace.ts';
import { deviceRoom, type PairingNamespace } from './pairingNamespace.ts';

/** Commands and pairing answers over the kiosks' sockets; the count is of the kiosks connected right now. */
export function createKioskLink(displays: DisplayNamespace, pairing: PairingNamespace): KioskLink {
  return {
    async command(screenId, command) {
      const room = screenRoom(screenId);
      displays.to(room).emit('display:command', command);
      return (await displays.in(room).fetchSockets()).length;
    },
    async paired(deviceToken, assignment) {
      const room = deviceRoom(deviceToken);
      pairing.to(room).emit('pairing:paired', assignment);
      return (await pairing.in(room).fetchSockets()).length;
    },
    async credentialChanged(screenId) {
      // The kiosks that presented the old credential reconnect; the server checks again at the handshake.
      for (const socket of await displays.in(screenRoom(screenId)).fetchSockets()) if (socket.data.paired) socket.disconnect(true);
    },
  };
}
