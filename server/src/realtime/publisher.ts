import { screenIdOfRoom, screenRoom, snapshotRoom } from '@bangtin/shared';
import type { DisplayService } from '../domain/displaySnapshot.ts';
import type { Logger } from '../logger.ts';
import type { DisplayNamespace } from './displayNamespace.ts';

/**
 * Pushes a fresh snapshot to every connected kiosk that does not hold it yet — and only to those. Which version a
 * kiosk holds is tracked per socket, as membership of a `snapshot:<screen>:<version>` room, so a kiosk that
 * connected mid-change (and got the new version directly) is skipped while its older siblings still get it,
 * and the push stays one broadcast per screen. Screens with no open socket are skipped (they get a full snapshot
 * on connect). Calls that arrive while a publish is running collapse into one more run.
 */
export function createPublisher(display: DisplayService, namespace: DisplayNamespace, logger: Logger) {
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
      const holders = snapshotRoom(id, snapshot.version);
      namespace.to(screenRoom(id)).except(holders).emit('display:snapshot', snapshot);
      // Every kiosk of the screen now holds this version and no other (content can return to an earlier version).
      const stalePrefix = snapshotRoom(id, '');
      for (const room of [...rooms.keys()]) {
        if (room.startsWith(stalePrefix) && room !== holders) namespace.in(room).socketsLeave(room);
      }
      namespace.in(screenRoom(id)).socketsJoin(holders);
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
  };
}
export type Publisher = ReturnType<typeof createPublisher>;
