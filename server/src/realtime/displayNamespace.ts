import {
  DISPLAY_CONNECT_ERRORS,
  DISPLAY_NAMESPACE,
  displayHeartbeat,
  issuesToDetails,
  proofBatch,
  screenRoom,
  screenSlug,
  type DisplayClientToServerEvents,
  type DisplayServerToClientEvents,
  type DisplaySocketData,
} from '@bangtin/shared';
import type { Namespace, Server } from 'socket.io';
import type { DisplayService } from '../domain/displaySnapshot.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../clock.ts';
import type { ProofLog } from '../proof/proofLog.ts';
import type { Presence } from './presence.ts';
import { rateBudget } from '../domain/rateBudget.ts';
import { typedNamespace } from './typedNamespace.ts';

export type DisplayNamespace = Namespace<
  DisplayClientToServerEvents,
  DisplayServerToClientEvents,
  Record<string, never>,
  DisplaySocketData
>;

/**
 * Screens are read-only: they name themselves by slug, get a full snapshot on every (re)connect, and may
 * only report heartbeats. No event from a screen can change anything.
 */
export function attachDisplayNamespace(
  io: Server,
  deps: {
    store: Store;
    display: DisplayService;
    presence: Presence;
    logger: Logger;
    proofLog: ProofLog;
    clock: Clock;
    /** A kiosk reports it is showing an emergency notice. */
    onEmergencyAck?: (emergencyId: string, screenId: string) => void;
    /** A kiosk was sent this snapshot version on connect (the publisher keeps track of who holds what). */
    onSnapshotSent?: (socket: { join(room: string): unknown }, screenId: string, version: string) => void;
  },
): DisplayNamespace {
  const namespace: DisplayNamespace = typedNamespace<DisplayClientToServerEvents, DisplayServerToClientEvents, DisplaySocketData>(io, DISPLAY_NAMESPACE);

  namespace.use(async (socket, next) => {
    const slug = screenSlug.safeParse((socket.handshake.auth as { slug?: unknown }).slug);
    if (!slug.success) return next(new Error(DISPLAY_CONNECT_ERRORS.BAD_HANDSHAKE));
    const screen = await deps.store.getScreenBySlug(slug.data);
    if (!screen) return next(new Error(DISPLAY_CONNECT_ERRORS.SCREEN_NOT_FOUND));
    socket.data.screenId = screen.id;
    socket.data.slug = screen.slug;
    next();
  });

  namespace.on('connection', async (socket) => {
    const { screenId, slug } = socket.data;
    await socket.join(screenRoom(screenId));
    deps.presence.connected(screenId);
    socket.on('disconnect', () => deps.presence.disconnected(screenId));
    // Budgets: a real kiosk beats every ~10 s and sends proof every ~30 s in batches of ≤ 500.
    const heartbeatBudget = rateBudget(5, 1);
    const clockBudget = rateBudget(5, 0.5);
    const proofBudget = rateBudget(2000, 20);
    const ackBudget = rateBudget(5, 0.2);
    socket.on('display:emergencyAck', (emergencyId) => {
      if (typeof emergencyId !== 'string' || emergencyId.length > 80 || !ackBudget()) return;
      deps.onEmergencyAck?.(emergencyId, screenId);
    });
    socket.on('display:heartbeat', (payload) => {
      if (!heartbeatBudget()) return;
      const beat = displayHeartbeat.safeParse(payload);
      if (beat.success) deps.presence.heartbeat(screenId, beat.data);
    });
    socket.on('display:clock', (ack) => {
      if (typeof ack === 'function' && clockBudget()) ack(deps.clock.now().getTime());
    });
    socket.on('display:proof', async (payload, ack) => {
      if (typeof ack !== 'function') return;
      const batch = proofBatch.safeParse(payload);
      if (!batch.success) {
        ack({ ok: false, error: { code: 'VALIDATION_FAILED', message: 'Nhật ký trình chiếu không hợp lệ.', details: issuesToDetails(batch.error.issues).slice(0, 5) } });
        return;
      }
      if (!proofBudget(batch.data.length)) {
        ack({ ok: false, error: { code: 'RATE_LIMITED', message: 'Gửi nhật ký quá nhanh; thiết bị sẽ gửi lại sau.' } });
        return;
      }
      try {
        await deps.proofLog.append(screenId, batch.data);
        ack({ ok: true, data: { accepted: batch.data.length } });
      } catch (error) {
        deps.logger.error({ err: error, screenId }, 'writing proof of display failed');
        ack({ ok: false, error: { code: 'INTERNAL', message: 'Máy chủ chưa ghi được nhật ký; thiết bị sẽ gửi lại.' } });
      }
    });
    try {
      const snapshot = await deps.display.snapshotForSlug(slug);
      if (snapshot) {
        socket.emit('display:snapshot', snapshot);
        deps.onSnapshotSent?.(socket, screenId, snapshot.version);
      }
    } catch (error) {
      deps.logger.error({ err: error, screenId }, 'sending the snapshot on connect failed');
    }
  });

  return namespace;
}
