import { io, type Socket } from 'socket.io-client';
import { ADMIN_NAMESPACE, type AdminClientToServerEvents, type AdminServerToClientEvents } from '@bangtin/shared';

export type AdminSocket = Socket<AdminServerToClientEvents, AdminClientToServerEvents>;

/**
 * Same origin, session cookie at the handshake. Created idle; the owner calls connect()/disconnect(). WebSocket only:
 * long-polling's requests would each go to any process behind a ward's proxy (its session lives in one), and every
 * browser the office uses speaks WebSocket.
 */
export function createAdminSocket(): AdminSocket {
  return io(ADMIN_NAMESPACE, { withCredentials: true, autoConnect: false, transports: ['websocket'] });
}
