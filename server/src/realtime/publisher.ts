import { screenRoom, snapshotRoom, type DisplaySnapshot } from '@bangtin/shared';
import type { DisplayService } from '../domain/displaySnapshot.ts';
import type { PlanningStep } from '../domain/planningData.ts';
import type { DisplayNamespace } from './displayNamespace.ts';

/**
 * Pushes a planning step's snapshots to every connected kiosk that does not hold them yet — and only to those.
 *
 * Which version a kiosk holds is bookkept per screen, not per socket: every kiosk of a screen holds the screen's
 * `base` version, except the few that connected mid-change and were given another one directly; those sit in a
 * `snapshot:<screen>:<version>` room. A change is then one broadcast to the screen's room (skipping the kiosks
 * that already hold the new version), with no per-socket room work for the many kiosks in step: the cost per change
 * is one encoded snapshot per screen record, written to each socket, as a bare Socket.IO broadcast does.
 * Every send is `.local`: with several processes (the Postgres adapter), each process sends snapshots to its own
 * kiosks after its own planning step, never through the database (cluster/openCluster.ts has the measured why).
 * `onSnapshot` hears every snapshot pushed (the proof gate learns which slides a screen can show).
 */
export function createPublisher(display: DisplayService, namespace: DisplayNamespace, onSnapshot: (snapshot: DisplaySnapshot) => void = () => {}) {
  const base = new Map<string, string>();
  /** Per screen: versions some of its kiosks hold instead of `base` (each one a room). */
  const odd = new Map<string, Set<string>>();
  const sizeOf = (room: string) => namespace.adapter.rooms.get(room)?.size ?? 0;

  /** Everyone of the screen now holds `version`: the odd rooms empty out. */
  function settle(screenId: string, version: string): void {
    base.set(screenId, version);
    for (const held of odd.get(screenId) ?? []) {
      const room = snapshotRoom(screenId, held);
      namespace.local.in(room).socketsLeave(room);
    }
    odd.delete(screenId);
  }

  return {
    /** A kiosk was sent `version` on connect (its socket already in the screen's room). */
    delivered(socket: { join(room: string): unknown }, screenId: string, version: string): void {
      if (base.get(screenId) === version) return;
      if (sizeOf(screenRoom(screenId)) <= 1) {
        // Alone on its screen: what it holds is the screen's version.
        base.set(screenId, version);
        odd.delete(screenId);
        return;
      }
      const versions = odd.get(screenId) ?? new Set<string>();
      odd.set(screenId, versions);
      versions.add(version);
      void socket.join(snapshotRoom(screenId, version));
    },

    /** Sends each connected screen its snapshot from the step, where any of its kiosks holds another version. */
    async publish(step: PlanningStep): Promise<void> {
      const connected = new Set<string>();
      for (const screen of step.data.screens) if (sizeOf(screenRoom(screen.id)) > 0) connected.add(screen.id);
      if (connected.size === 0) return;
      for (const snapshot of display.snapshotsFrom(step, connected)) {
        const id = snapshot.screen.id;
        onSnapshot(snapshot);
        const held = odd.get(id);
        if (base.get(id) === snapshot.version) {
          // Most kiosks hold it already; only those given another version on connect need it.
          const behind = [...(held ?? [])].filter((v) => v !== snapshot.version).map((v) => snapshotRoom(id, v));
          if (behind.length > 0) namespace.local.to(behind).emit('display:snapshot', snapshot);
        } else if (held?.has(snapshot.version)) {
          namespace.local.to(screenRoom(id)).except(snapshotRoom(id, snapshot.version)).emit('display:snapshot', snapshot);
        } else {
          namespace.local.to(screenRoom(id)).emit('display:snapshot', snapshot);
        }
        settle(id, snapshot.version);
      }
    },
  };
}
export type Publisher = ReturnType<typeof createPublisher>;
