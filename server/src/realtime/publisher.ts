import { screenRoom, type DisplaySnapshot } from '@bangtin/shared';
import type { Logger } from '../logger.ts';
import type { DisplayService } from '../domain/displaySnapshot.ts';
import type { DisplayNamespace } from './displayNamespace.ts';

/**
 * Pushes a fresh snapshot to every screen whose content changed — and only to those. Calls that arrive
 * while a publish is running collapse into one more run, so a burst of saves costs at most two passes.
 */
export function createPublisher(display: DisplayService, namespace: DisplayNamespace, logger: Logger) {
  const lastVersion = new Map<string, string>();
  let running: Promise<void> | null = null;
  let again = false;

  async function runOnce(): Promise<void> {
    const snapshots: DisplaySnapshot[] = await display.snapshotsForAll();
    for (const snapshot of snapshots) {
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
  };
}
export type Publisher = ReturnType<typeof createPublisher>;
