import { io, type Socket } from 'socket.io-client';
import { ADMIN_NAMESPACE, type AdminClientToServerEvents, type AdminServerToClientEvents } from '@bangtin/shared';
import { unitBase } from './unitBase.ts';

export type AdminSocket = Socket<AdminServerToClientEvents, AdminClientToServerEvents>;

/**
 * Same origin, session cookie at the handshake. Created idle; the owner calls connect()/disconnect(). WebSocket only:
 * long-polling's requests would each go to any process behind a ward's proxy (its session lives in one), and every
 * browser the office uses speaks WebSocket. The namespace is the unit's own (`/<slug>/admin` in a child unit).
 */
export function createAdminSocket(): AdminSocket {
  return io(`${unitBase()}${ADMIN_NAMESPACE}`, { withCredentials: true, autoConnect: false, transports: ['websocket'] });
}
