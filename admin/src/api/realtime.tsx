import { createContext, useContext, useEffect, useEffectEvent, useMemo, useState, type ReactNode } from 'react';
import type { ContentItem, EmergencyStatus, FeedbackCounts, ScreenPresence } from '@bangtin/shared';
import { createAdminSocket, type AdminSocket } from './socket.ts';

interface RealtimeValue {
  socket: AdminSocket | null;
  connected: boolean;
  /** Increases on every reconnect: lists refetch, so changes missed while offline are not lost. */
  resyncToken: number;
}

const RealtimeContext = createContext<RealtimeValue>({ socket: null, connected: false, resyncToken: 0 });

/** One /admin socket for the signed-in console; closed on sign-out (the provider unmounts). */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const socket = useMemo(() => createAdminSocket(), []);
  const [status, setStatus] = useState({ connected: false, resyncToken: 0 });

  useEffect(() => {
    let everConnected = false;
    const onConnect = () => {
      const isReconnect = everConnected;
      everConnected = true;
      setStatus((s) => ({ connected: true, resyncToken: s.resyncToken + (isReconnect ? 1 : 0) }));
    };
    const onDisconnect = () => setStatus((s) => ({ ...s, connected: false }));
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.connect();
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.disconnect();
    };
  }, [socket]);

  const value = useMemo(() => ({ socket, ...status }), [socket, status]);
  return <RealtimeContext value={value}>{children}</RealtimeContext>;
}

export function useRealtimeStatus() {
  const { connected, resyncToken, socket } = useContext(RealtimeContext);
  return { connected, resyncToken, active: socket !== null };
}

/** Calls `onItem` for every pushed content change (anyone's save, approval or archive). */
export function useContentUpdates(onItem: (item: ContentItem) => void) {
  const { socket } = useContext(RealtimeContext);
  const onPush = useEffectEvent(onItem);
  useEffect(() => {
    if (!socket) return;
    const listener = (item: ContentItem) => onPush(item);
    socket.on('content:updated', listener);
    return () => {
      socket.off('content:updated', listener);
    };
  }, [socket]);
}

/** Every screen's presence, pushed on (re)connect and at most once a second while anything changes. */
export function usePresenceUpdates(onPresence: (presence: ScreenPresence[]) => void) {
  const { socket } = useContext(RealtimeContext);
  const onPush = useEffectEvent(onPresence);
  useEffect(() => {
    if (!socket) return;
    const listener = (presence: ScreenPresence[]) => onPush(presence);
    socket.on('screens:presence', listener);
    return () => {
      socket.off('screens:presence', listener);
    };
  }, [socket]);
}

/** Calls `onChange` when anyone changes schedule entries, playlists or dayparts (the page refetches). */
export function useScheduleUpdates(onChange: () => void) {
  const { socket } = useContext(RealtimeContext);
  const onPush = useEffectEvent(onChange);
  useEffect(() => {
    if (!socket) return;
    const listener = () => onPush();
    socket.on('schedules:updated', listener);
    return () => {
      socket.off('schedules:updated', listener);
    };
  }, [socket]);
}

/** Every emergency notice change: started, acknowledged by a screen, expired or cleared. */
export function useEmergencyUpdates(onStatus: (status: EmergencyStatus) => void) {
  const { socket } = useContext(RealtimeContext);
  const onPush = useEffectEvent(onStatus);
  useEffect(() => {
    if (!socket) return;
    const listener = (status: EmergencyStatus) => onPush(status);
    socket.on('emergency:updated', listener);
    return () => {
      socket.off('emergency:updated', listener);
    };
  }, [socket]);
}

/** Feedback changed, or the reminder job counted what is due (its counts; null after a single change). */
export function useFeedbackUpdates(onChange: (counts: FeedbackCounts | null) => void) {
  const { socket } = useContext(RealtimeContext);
  const onPush = useEffectEvent(onChange);
  useEffect(() => {
    if (!socket) return;
    const listener = (counts: FeedbackCounts | null) => onPush(counts);
    socket.on('feedback:updated', listener);
    return () => {
      socket.off('feedback:updated', listener);
    };
  }, [socket]);
}
