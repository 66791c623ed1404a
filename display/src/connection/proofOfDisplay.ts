import { proofEntry, type ProofEntry } from '@bangtin/shared';
import type { DisplaySocket } from './displaySocket.ts';
import { enqueue, nextBatch, parseStoredQueue, removeSent } from './proofQueue.ts';
import { unitStorageKey } from '../route.ts';

const SEND_EVERY_MS = 30_000;
const ACK_TIMEOUT_MS = 15_000;
/** Writes to localStorage are coalesced: at ×1000 test speed a step ends every few milliseconds. */
const PERSIST_AFTER_MS = 2_000;

export interface ProofOfDisplay {
  record: (entry: ProofEntry) => void;
  /** Sends the backlog right after every (re)connect and every ~30 s; returns a detach function. */
  attach: (socket: DisplaySocket) => () => void;
  /** Entries waiting for the server (for tests and the console). */
  pending: () => number;
}

/**
 * Proof of display for one screen: every slide shown is queued in localStorage (survives reloads and days
 * offline) and sent in batches of ≤ 500; entries are removed only when the server acknowledges them.
 */
export function createProofOfDisplay(slug: string): ProofOfDisplay {
  const key = unitStorageKey(`bangtin:display:proof:${slug}`);
  const read = () => {
    try {
      return parseStoredQueue(window.localStorage.getItem(key));
    } catch {
      return []; // storage disabled: the queue lives in memory only
    }
  };
  let queue = read();
  let persistTimer: number | undefined;

  const persistNow = () => {
    window.clearTimeout(persistTimer);
    persistTimer = undefined;
    try {
      window.localStorage.setItem(key, JSON.stringify(queue));
    } catch {
      // Quota exceeded or storage disabled: the entries are still sent from memory.
    }
  };
  const persistSoon = () => {
    persistTimer ??= window.setTimeout(persistNow, PERSIST_AFTER_MS);
  };
  window.addEventListener('pagehide', persistNow);

  return {
    record(entry) {
      if (!proofEntry.safeParse(entry).success) return; // the server would refuse the whole batch for it
      queue = enqueue(queue, [entry]);
      persistSoon();
    },
    pending: () => queue.length,
    attach(socket) {
      let sending = false;
      const send = async () => {
        if (sending || !socket.connected) return;
        sending = true;
        try {
          for (let batch = nextBatch(queue); batch.length > 0 && socket.connected; batch = nextBatch(queue)) {
            const reply = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('display:proof', batch);
            if (!reply.ok && reply.error.code !== 'VALIDATION_FAILED') {
              console.warn('[bangtin] proof of display not stored yet; will retry', reply.error);
              break;
            }
            // Kept, or refused as malformed (sending it again would not help).
            if (!reply.ok) console.warn('[bangtin] proof of display batch refused as invalid; dropped', reply.error);
            queue = removeSent(queue, batch);
            persistSoon();
          }
        } catch {
          // No acknowledgement in time: the batch stays queued and is sent again (the server de-duplicates).
        } finally {
          sending = false;
        }
      };
      const onConnect = () => void send();
      socket.on('connect', onConnect);
      const timer = window.setInterval(() => void send(), SEND_EVERY_MS);
      return () => {
        window.clearInterval(timer);
        socket.off('connect', onConnect);
        persistNow();
      };
    },
  };
}
