import {
  DISPLAY_CONNECT_ERRORS,
  displayCommand,
  publicEmergency,
  type DisplayCommand,
  type DisplaySnapshot,
  type PublicEmergency,
} from '@bangtin/shared';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { startClockSync } from './clockSync.ts';
import { createDisplaySocket } from './displaySocket.ts';
import { fetchSnapshot } from './fetchSnapshot.ts';
import { startHeartbeat } from './heartbeat.ts';
import type { ProofOfDisplay } from './proofOfDisplay.ts';
import { clearCachedSnapshot, loadCachedSnapshot, saveCachedSnapshot } from './snapshotCache.ts';
import { validateSnapshot } from './validateSnapshot.ts';

export interface ConnectionState {
  /** The snapshot being played: from the socket, the HTTP first paint, or the local cache. */
  snapshot: DisplaySnapshot | null;
  /** The server says this slug is not a screen (HTTP 404 or handshake refused). */
  unknownScreen: boolean;
  /** The socket is connected right now. */
  online: boolean;
  /** The emergency notice to show over everything: pushed live, or carried by the snapshot. */
  emergency: PublicEmergency | null;
}

export interface DisplayConnection extends ConnectionState {
  /** Tells the office this kiosk is showing the notice. */
  acknowledgeEmergency: (emergencyId: string) => void;
}

/** How often a refused screen asks again (the office may be creating it right now). */
const UNKNOWN_SCREEN_RETRY_MS = 30_000;
/** A server-side disconnect is not retried by socket.io; we retry after this. */
const SERVER_DISCONNECT_RETRY_MS = 5_000;

/** What the rest of the kiosk lends the connection. */
export interface ConnectionHooks {
  /** Written by the player, read by the heartbeat. */
  currentSlideIdRef: RefObject<string | null>;
  /** The running display build (its entry script), reported in heartbeats. */
  appVersion: string;
  proof: ProofOfDisplay;
  onCommand: (command: DisplayCommand) => void;
}

/** An HTTP or SW-cached snapshot older than the one already playing (e.g. from localStorage) must not replace it. */
const isOlder = (candidate: DisplaySnapshot, current: DisplaySnapshot | null) =>
  current !== null && Date.parse(candidate.generatedAt) < Date.parse(current.generatedAt);

/**
 * Keeps one screen's snapshot current: cache first, then HTTP (first paint), then the socket, whose
 * snapshot on every (re)connect and after every change replaces whatever came before. The socket also
 * carries heartbeats, clock checks, proof of display and remote commands.
 */
export function useDisplayConnection(slug: string, hooks: ConnectionHooks): DisplayConnection {
  const [state, setState] = useState<ConnectionState>(() => {
    const snapshot = loadCachedSnapshot(slug);
    return { snapshot, unknownScreen: false, online: false, emergency: snapshot?.emergency ?? null };
  });
  const socketRef = useRef<ReturnType<typeof createDisplaySocket> | null>(null);
  const acknowledgeEmergency = useCallback((emergencyId: string) => {
    socketRef.current?.emit('display:emergencyAck', emergencyId);
  }, []);
  const snapshotRef = useRef<DisplaySnapshot | null>(state.snapshot);
  const hooksRef = useRef(hooks);
  useLayoutEffect(() => {
    hooksRef.current = hooks;
  });

  useEffect(() => {
    let socketSnapshotSeen = false;
    let retryTimer: number | undefined;
    const controller = new AbortController();
    const socket = createDisplaySocket(slug);
    socketRef.current = socket;
    const clock = startClockSync(socket);
    const heartbeat = startHeartbeat(socket, () => ({
      version: snapshotRef.current?.version ?? null,
      slideId: hooksRef.current.currentSlideIdRef.current,
      appVersion: hooksRef.current.appVersion,
      clockOffsetMs: clock.offsetMs(),
    }));
    const detachProof = hooksRef.current.proof.attach(socket);

    const apply = (snapshot: DisplaySnapshot) => {
      snapshotRef.current = snapshot;
      saveCachedSnapshot(slug, snapshot);
      setState((s) => ({ ...s, snapshot, unknownScreen: false, emergency: snapshot.emergency }));
    };
    const markUnknown = () => {
      snapshotRef.current = null;
      clearCachedSnapshot(slug);
      setState((s) => ({ ...s, snapshot: null, unknownScreen: true, emergency: null }));
    };
    const retryLater = (ms: number) => {
      window.clearTimeout(retryTimer);
      retryTimer = window.setTimeout(() => socket.connect(), ms);
    };

    socket.on('display:snapshot', (payload) => {
      const snapshot = validateSnapshot(payload, 'socket');
      if (!snapshot) return;
      socketSnapshotSeen = true;
      apply(snapshot);
      // Acknowledge after the player has had a frame to switch to it.
      window.setTimeout(heartbeat.beat, 250);
    });
    // Sent ahead of the snapshot so a notice shows at once; the snapshot that follows carries the same notice.
    socket.on('display:emergency', (payload) => {
      if (payload === null) {
        setState((s) => ({ ...s, emergency: null }));
        return;
      }
      const notice = publicEmergency.safeParse(payload);
      if (notice.success) setState((s) => ({ ...s, emergency: notice.data }));
    });
    socket.on('display:command', (payload) => {
      const command = displayCommand.safeParse(payload);
      if (command.success) hooksRef.current.onCommand(command.data);
    });
    socket.on('connect', () => setState((s) => ({ ...s, online: true })));
    socket.on('disconnect', (reason) => {
      setState((s) => ({ ...s, online: false }));
      if (reason === 'io server disconnect') retryLater(SERVER_DISCONNECT_RETRY_MS);
    });
    socket.on('connect_error', (error) => {
      setState((s) => ({ ...s, online: false }));
      if (error.message === DISPLAY_CONNECT_ERRORS.SCREEN_NOT_FOUND) {
        markUnknown();
        retryLater(UNKNOWN_SCREEN_RETRY_MS);
      } else if (!socket.active) {
        retryLater(SERVER_DISCONNECT_RETRY_MS); // refused by middleware: socket.io will not retry by itself
      }
    });
    socket.connect();

    // First paint if the socket is slow; a snapshot that already came over the socket always wins.
    void fetchSnapshot(slug, controller.signal).then((result) => {
      if (socketSnapshotSeen || controller.signal.aborted) return;
      if (result.kind === 'snapshot' && !isOlder(result.snapshot, snapshotRef.current)) apply(result.snapshot);
      else if (result.kind === 'not-found') markUnknown();
    });

    return () => {
      controller.abort();
      window.clearTimeout(retryTimer);
      heartbeat.stop();
      clock.stop();
      detachProof();
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
    };
  }, [slug]);

  return { ...state, acknowledgeEmergency };
}
