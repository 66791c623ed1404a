import {
  DISPLAY_NAMESPACE,
  type DisplayClientToServerEvents,
  type DisplayHandshakeAuth,
  type DisplayServerToClientEvents,
} from '@bangtin/shared';
import { io, type Socket } from 'socket.io-client';

export type DisplaySocket = Socket<DisplayServerToClientEvents, DisplayClientToServerEvents>;

/** Same-origin (never a hard-coded host or port); backoff 1 s doubling, capped at 10 s. */
export function createDisplaySocket(slug: string): DisplaySocket {
  const auth: DisplayHandshakeAuth = { slug };
  return io(DISPLAY_NAMESPACE, {
    auth: { ...auth },
    transports: ['websocket', 'polling'],
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10_000,
    autoConnect: false,
  });
}
