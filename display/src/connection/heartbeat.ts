import type { DisplayHeartbeat } from '@bangtin/shared';
import { countDomNodes, readHeapUsedBytes } from '../kiosk/vitals.ts';
import type { DisplaySocket } from './displaySocket.ts';

export const HEARTBEAT_INTERVAL_MS = 10_000;

/** What the player and the connection know at the moment of a beat; the beat adds uptime, viewport and vitals. */
export type PlaybackReport = Pick<DisplayHeartbeat, 'version' | 'slideId' | 'appVersion' | 'clockOffsetMs'>;

const clampSize = (n: number) => Math.min(20_000, Math.max(0, Math.round(n)));

export function buildHeartbeat(report: PlaybackReport): DisplayHeartbeat {
  return {
    ...report,
    uptimeSeconds: Math.round(performance.now() / 1000),
    viewport: { width: clampSize(window.innerWidth), height: clampSize(window.innerHeight) },
    heapUsedBytes: readHeapUsedBytes(),
    domNodes: countDomNodes(),
  };
}

/**
 * Beats every ~10 s while connected. `beat()` also sends one at once (after a snapshot is applied, so the
 * office sees the acknowledged version without waiting).
 */
export function startHeartbeat(socket: DisplaySocket, read: () => PlaybackReport): { beat: () => void; stop: () => void } {
  const beat = () => {
    if (socket.connected) socket.emit('display:heartbeat', buildHeartbeat(read()));
  };
  const timer = window.setInterval(beat, HEARTBEAT_INTERVAL_MS);
  return { beat, stop: () => window.clearInterval(timer) };
}
