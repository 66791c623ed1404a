import type { ServerOptions } from 'socket.io';

/**
 * The Socket.IO server's options, in one place so the broadcast benchmark's bare baseline runs with exactly these.
 * Pings every 5 s, 5 s to answer: a kiosk that loses power or network is seen offline within ~10 s (the office is
 * promised 15 s), not after Socket.IO's default 45 s.
 */
export const SOCKET_OPTIONS = {
  serveClient: false,
  maxHttpBufferSize: 64 * 1024,
  pingInterval: 5000,
  pingTimeout: 5000,
} satisfies Partial<ServerOptions>;
