import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DISPLAY_NAMESPACE } from '@bangtin/shared';
import { Server } from 'socket.io';
import { SOCKET_OPTIONS } from '../../server/src/realtime/socketOptions.ts';
import { benchScreenSlugs } from './protocol.ts';

/**
 * The baseline: a plain Socket.IO server with the same namespace and options as Bảng tin, and nothing
 * else (no Express, store or auth). It greets each socket with the payload, as Bảng tin sends a snapshot
 * on connect, and broadcasts the same payload under a new version each round: one `namespace.emit` when
 * every screen is the same record, else one emit per room (Bảng tin sends each screen record its own snapshot).
 */
export async function startBareServer(payload: object, screenRecords: number) {
  const slugs = benchScreenSlugs(screenRecords);
  const http = createServer();
  // Bảng tin's own options (its 5 s pings cost CPU during every round too).
  const io = new Server(http, SOCKET_OPTIONS);
  const namespace = io.of(DISPLAY_NAMESPACE);
  namespace.on('connection', (socket) => {
    const slug: unknown = (socket.handshake.auth as { slug?: unknown }).slug;
    if (screenRecords > 1 && typeof slug === 'string') void socket.join(slug);
    socket.emit('display:snapshot', payload);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    slugs,
    broadcast(round: number): void {
      // Same length as a real version hash and timestamp, so the bytes on the wire match Bảng tin's.
      const version = `bare${round.toString(16).padStart(12, '0')}`;
      const next = { ...payload, version, generatedAt: new Date().toISOString() };
      if (screenRecords === 1) namespace.emit('display:snapshot', next);
      else for (const slug of slugs) namespace.to(slug).emit('display:snapshot', next);
    },
    async close(): Promise<void> {
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
      });
      http.closeAllConnections();
    },
  };
}
