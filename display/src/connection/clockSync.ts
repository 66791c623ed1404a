import { bestOffsetMs, clockSample, type ClockSample } from './clockOffset.ts';
import type { DisplaySocket } from './displaySocket.ts';

/** Samples per measurement; the one with the shortest round trip wins. */
const SAMPLES = 3;
const REMEASURE_MS = 10 * 60_000;
const ANSWER_TIMEOUT_MS = 5_000;

export interface ClockSync {
  /** Kiosk clock minus server clock from the latest measurement; null until one succeeds. */
  offsetMs: () => number | null;
  stop: () => void;
}

/** Measures the kiosk's clock drift against the server on every (re)connect and every 10 minutes. */
export function startClockSync(socket: DisplaySocket): ClockSync {
  let offsetMs: number | null = null;
  let running = false;

  const measure = async () => {
    if (running || !socket.connected) return;
    running = true;
    const samples: ClockSample[] = [];
    try {
      for (let i = 0; i < SAMPLES && socket.connected; i++) {
        const sentAt = Date.now();
        const serverNow = await socket.timeout(ANSWER_TIMEOUT_MS).emitWithAck('display:clock');
        if (typeof serverNow === 'number' && Number.isFinite(serverNow)) samples.push(clockSample(sentAt, serverNow, Date.now()));
      }
    } catch {
      // No answer in time (server busy or gone): keep what we had, try again at the next connect or tick.
    } finally {
      running = false;
    }
    offsetMs = bestOffsetMs(samples) ?? offsetMs;
  };

  const onConnect = () => void measure();
  socket.on('connect', onConnect);
  const timer = window.setInterval(() => void measure(), REMEASURE_MS);
  if (socket.connected) void measure();
  return {
    offsetMs: () => offsetMs,
    stop: () => {
      window.clearInterval(timer);
      socket.off('connect', onConnect);
    },
  };
}
