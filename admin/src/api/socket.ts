import { io, type Socket } from 'socket.io-client';
import { ADMIN_NAMESPACE, type AdminClientToServerEvents, type AdminServerToClientEvents } from '@bangtin/shared';

export type AdminSocket = Socket<AdminServerToClientEvents, AdminClientToServerEvents>;

/** Same origin, session cookie at the handshake. Created idle; the owner calls connect()/disconnect(). */
export function createAdminSocket(): AdminSocket {
  return io(ADMIN_NAMESPACE, { withCredentials: true, autoConnect: false });
}
