import {
  DISPLAY_NAMESPACE,
  type DisplayClientToServerEvents,
  type DisplayHandshakeAuth,
  type DisplayServerToClientEvents,
} from '@bangtin/shared';
import { io, type Socket } from 'socket.io-client';
import { loadCredential } from '../pairing/deviceIdentity.ts';
import { parseSpeed, unitPath } from '../route.ts';

export type DisplaySocket = Socket<DisplayServerToClientEvents, DisplayClientToServerEvents>;

/**
 * Same-origin (never a hard-coded host or port); backoff 1 s doubling, capped at 10 s. The handshake carries the
 * device credential from pairing when this kiosk has one: without it the kiosk plays, but the office does not
 * believe its reports (presence, acknowledgements, proof of display). WebSocket only, in every deployment: one TCP
 * connection, so behind a proxy in front of several processes no sticky sessions are needed (README, "Triển khai cho cả
 * phường"); long-polling was never tried anyway (socket.io-client tries only the first transport).
 */
export function createDisplaySocket(slug: string): DisplaySocket {
  const credential = loadCredential(slug);
  const auth: DisplayHandshakeAuth = credential ? { slug, credential } : { slug };
  // The `?speed=N` test hook shortens the backoff as it shortens slides: a sped-up kiosk whose server comes back
  // reconnects within half a second instead of waiting out a real-time 10 s backoff.
  const speed = parseSpeed(window.location.search);
  return io(unitPath(DISPLAY_NAMESPACE), {
    auth: { ...auth },
    transports: ['websocket'],
    reconnectionDelay: 1000 / speed,
    reconnectionDelayMax: 10_000 / speed,
    autoConnect: false,
  });
}
