import {
  PAIRING_NAMESPACE,
  deviceToken,
  type PairingClientToServerEvents,
  type PairingServerToClientEvents,
  type PairingSocketData,
} from '@bangtin/shared';
import type { Namespace, Server } from 'socket.io';
import { typedNamespace } from './typedNamespace.ts';

export type PairingNamespace = Namespace<PairingClientToServerEvents, PairingServerToClientEvents, Record<string, never>, PairingSocketData>;

export const deviceRoom = (token: string) => `device:${token}`;

/** Unpaired kiosks wait here, in a room named by their device token, to be told which screen they are. */
/** `base`: the unit's ('' for the root): the namespace is `${base}/pairing`. */
export function attachPairingNamespace(io: Server, base = ''): PairingNamespace {
  const namespace = typedNamespace<PairingClientToServerEvents, PairingServerToClientEvents, PairingSocketData>(io, `${base}${PAIRING_NAMESPACE}`);
  namespace.use((socket, next) => {
    const token = deviceToken.safeParse((socket.handshake.auth as { deviceToken?: unknown }).deviceToken);
    if (!token.success) return next(new Error('BAD_HANDSHAKE'));
    socket.data.deviceToken = token.data;
    next();
  });
  namespace.on('connection', (socket) => {
    void socket.join(deviceRoom(socket.data.deviceToken));
  });
  return namespace;
}
