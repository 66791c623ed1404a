/**
 * Child process of schedule.bench.ts: N simulated gate screens listening for emergency notices. For every notice it
 * reports when the first and the last screen had it (wall-clock ms, comparable across processes on one machine).
 */
import { io, type Socket } from 'socket.io-client';

interface Start { type: 'start'; url: string; count: number }
interface Arm { type: 'arm'; round: number }

const sockets: Socket[] = [];
let round: { round: number; seen: Set<number>; first: number; last: number } | null = null;
const wallNow = () => performance.timeOrigin + performance.now();

function onNotice(index: number, payload: unknown) {
  if (!round || payload === null || round.seen.has(index)) return;
  const at = wallNow();
  round.seen.add(index);
  if (round.seen.size === 1) round.first = at;
  round.last = at;
  if (round.seen.size === sockets.length) {
    process.send?.({ type: 'round', round: round.round, first: round.first, last: round.last, received: round.seen.size });
    round = null;
  }
}

async function connectAll(url: string, count: number) {
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) => {
        const index = i + j;
        const socket = io(`${url}/display`, { auth: { slug: 'gate' }, transports: ['websocket'], forceNew: true, reconnection: false });
        sockets.push(socket);
        socket.on('display:emergency', (payload: unknown) => onNotice(index, payload));
        return new Promise<void>((resolve) => socket.once('display:snapshot', () => resolve()));
      }),
    );
  }
  process.send?.({ type: 'connected', count: sockets.length });
}

process.on('message', (message: Start | Arm) => {
  if (message.type === 'start') void connectAll(message.url, message.count);
  if (message.type === 'arm') {
    round = { round: message.round, seen: new Set(), first: 0, last: 0 };
    process.send?.({ type: 'armed', round: message.round });
  }
});
process.on('disconnect', () => process.exit(0));
