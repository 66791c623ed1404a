import { screenIdOfRoom, screenRoom } from '@bangtin/shared';
import type { DisplayService } from '../domain/displaySnapshot.ts';
import type { Logger } from '../logger.ts';
import type { DisplayNamespace } from './displayNamespace.ts';

/**
 * Pushes a fresh snapshot to every connected screen whose content changed — and only to those. Screens with
 * no open socket are skipped (they get a full snapshot when they connect). Calls that arrive while a publish is
 * running collapse into one more run, so a burst of saves costs at most two passes.
 */
export function createPublisher(display: DisplayService, namespace: DisplayNamespace, logger: Logger) {
  const lastVersion = new Map<string, string>();
  let running: Promise<void> | null = null;
  let again = false;

  async function runOnce(): Promise<void> {
    const rooms = namespace.adapter.rooms;
    const connected = new Set<string>();
    for (const [room, sockets] of rooms) {
      const screenId = screenIdOfRoom(room);
      if (screenId && sockets.size > 0) connected.add(screenId);
    }
    if (connected.size === 0) return;
    for (const snapshot of await display.snapshotsFor(connected)) {
      const id = snapshot.screen.id;
      if (lastVersion.get(id) === snapshot.version) continue;
      lastVersion.set(id, snapshot.version);
      namespace.to(screenRoom(id)).emit('display:snapshot', snapshot);
    }
  }

  async function loop(): Promise<void> {
    do {
      again = false;
      try {
        await runOnce();
      } catch (error) {
        logger.error({ err: error }, 'publishing snapshots failed');
      }
    } while (again);
    running = null;
  }

  return {
    /** Recompute and push; resolves when the push (including any collapsed follow-up) is done. */
    publish(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = loop();
      return running;
    },
    /** A screen that just connected was sent this version directly. */
    noteSent(screenId: string, version: string): void {
      lastVersion.set(screenId, version);
    },
  };
}
export type Publisher = ReturnType<typeof createPublisher>;
