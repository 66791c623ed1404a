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
import type { Namespace, Server, Socket } from 'socket.io';
import type { DisplayService } from '../domain/displaySnapshot.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../clock.ts';
import { ProofLogFullError, type ProofLog } from '../proof/proofLog.ts';
import type { ProofGate } from '../proof/proofGate.ts';
import type { DeviceTrust } from '../domain/deviceTrust.ts';
import type { Presence } from './presence.ts';
import { rateBudget } from '../domain/rateBudget.ts';
import { typedNamespace } from './typedNamespace.ts';

export type DisplayNamespace = Namespace<
  DisplayClientToServerEvents,
  DisplayServerToClientEvents,
  Record<string, never>,
  DisplaySocketData
>;

export interface DisplayNamespaceDeps {
  store: Store;
  display: DisplayService;
  presence: Presence;
  logger: Logger;
  proofLog: ProofLog;
  proofGate: ProofGate;
  trust: DeviceTrust;
  /** A kiosk connected with its credential: the pairing hand-over for that screen is done. */
  onPairedConnection?: (screenId: string) => void;
  clock: Clock;
  /** A kiosk reports it is showing an emergency notice. */
  onEmergencyAck?: (emergencyId: string, screenId: string) => void;
  /** A kiosk was sent this snapshot version on connect (the publisher keeps track of who holds what). */
  onSnapshotSent?: (socket: { join(room: string): unknown }, screenId: string, version: string) => void;
  /** The unit's base ('' for the root, '/<slug>' for a child): the namespace is `${base}/display`. */
  base?: string;
}

/**
 * Screens are read-only: they name themselves by slug and get a full snapshot on every (re)connect (content on a
 * screen is public). What a kiosk reports — presence, heartbeats, emergency acknowledgements, proof of display — is
 * believed only from a socket whose handshake carried that screen's device credential (issued at pairing); anyone
 * else who knows a slug can watch, never speak for the screen.
 */
export function attachDisplayNamespace(io: Server, deps: DisplayNamespaceDeps): DisplayNamespace {
  const namespace: DisplayNamespace = typedNamespace<DisplayClientToServerEvents, DisplayServerToClientEvents, DisplaySocketData>(io, `${deps.base ?? ''}${DISPLAY_NAMESPACE}`);

  namespace.use(async (socket, next) => {
    const slug = screenSlug.safeParse((socket.handshake.auth as { slug?: unknown }).slug);
    if (!slug.success) return next(new Error(DISPLAY_CONNECT_ERRORS.BAD_HANDSHAKE));
    const screen = await deps.store.getScreenBySlug(slug.data);
    if (!screen) return next(new Error(DISPLAY_CONNECT_ERRORS.SCREEN_NOT_FOUND));
    socket.data.screenId = screen.id;
    socket.data.slug = screen.slug;
    socket.data.paired = await deps.trust.verify(screen.id, (socket.handshake.auth as { credential?: unknown }).credential).catch(() => false);
    next();
  });

  namespace.on('connection', async (socket) => {
    const { screenId, slug, paired } = socket.data;
    await socket.join(screenRoom(screenId));
    socket.emit('display:device', { paired });
    const clockBudget = rateBudget(5, 0.5);
    socket.on('display:clock', (ack) => {
      if (typeof ack === 'function' && clockBudget()) ack(deps.clock.now().getTime());
    });
    if (paired) {
      deps.onPairedConnection?.(screenId);
      listenToPairedKiosk(socket, deps);
    } else {
      // Played, not believed: proof is answered (so the kiosk keeps it for after pairing), everything else ignored.
      socket.on('display:proof', (_payload, ack) => {
        if (typeof ack === 'function') ack({ ok: false, error: { code: 'FORBIDDEN', message: 'Thiết bị chưa được ghép nối với màn hình này.' } });
      });
    }
    try {
      const snapshot = await deps.display.snapshotForSlug(slug);
      if (snapshot) {
        deps.proofGate.noteSnapshot(snapshot);
        socket.emit('display:snapshot', snapshot);
        deps.onSnapshotSent?.(socket, screenId, snapshot.version);
      }
    } catch (error) {
      deps.logger.error({ err: error, screenId }, 'sending the snapshot on connect failed');
    }
  });

  return namespace;
}

type DisplaySocket = Socket<DisplayClientToServerEvents, DisplayServerToClientEvents, Record<string, never>, DisplaySocketData>;

/** What a paired kiosk may report: presence, heartbeats, acknowledgements and proof, each within a budget. */
function listenToPairedKiosk(socket: DisplaySocket, deps: DisplayNamespaceDeps): void {
  const { screenId } = socket.data;
  deps.presence.connected(screenId);
  socket.on('disconnect', () => deps.presence.disconnected(screenId));
  // Budgets: a real kiosk beats every ~10 s; proof rows are budgeted per screen by the gate.
  const heartbeatBudget = rateBudget(5, 1);
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
  socket.on('display:proof', async (payload, ack) => {
    if (typeof ack !== 'function') return;
    const batch = proofBatch.safeParse(payload);
    if (!batch.success) {
      ack({ ok: false, error: { code: 'VALIDATION_FAILED', message: 'Nhật ký trình chiếu không hợp lệ.', details: issuesToDetails(batch.error.issues).slice(0, 5) } });
      return;
    }
    if (!deps.proofGate.spend(screenId, batch.data.length)) {
      ack({ ok: false, error: { code: 'RATE_LIMITED', message: 'Gửi nhật ký quá nhanh; thiết bị sẽ gửi lại sau.' } });
      return;
    }
    // Entries that do not fit (unknown slide, overlapping, future, too old) are dropped: acknowledged, not kept.
    const { admitted, undo } = await deps.proofGate.admit(screenId, batch.data);
    try {
      if (admitted.length > 0) await deps.proofLog.append(screenId, admitted);
      ack({ ok: true, data: { accepted: admitted.length } });
    } catch (error) {
      undo();
      if (error instanceof ProofLogFullError) {
        ack({ ok: false, error: { code: 'RATE_LIMITED', message: 'Nhật ký hôm nay đã đầy; thiết bị sẽ gửi lại sau.' } });
        return;
      }
      deps.logger.error({ err: error, screenId }, 'writing proof of display failed');
      ack({ ok: false, error: { code: 'INTERNAL', message: 'Máy chủ chưa ghi được nhật ký; thiết bị sẽ gửi lại.' } });
    }
  });
}
