import type { ContentItem, EmergencyStatus, FeedbackCounts, ScreenPresence } from '@bangtin/shared';
import { useContentUpdates, useEmergencyUpdates, useFeedbackUpdates, usePresenceUpdates, useScheduleUpdates } from '../../api/realtime.tsx';

/** What each event of the /admin socket carries. */
export interface ServerEvents {
  'content:updated': ContentItem;
  'screens:presence': ScreenPresence[];
  'schedules:updated': undefined;
  'emergency:updated': EmergencyStatus;
  'feedback:updated': FeedbackCounts | null;
}

type Subscribe<P> = (handler: (payload: P) => void) => void;

const useSchedulesUpdated: Subscribe<undefined> = (handler) => useScheduleUpdates(() => handler(undefined));

// Each entry is a hook; a call site names one event for its whole life, so the same hook runs on every render.
const SUBSCRIBE: { [N in keyof ServerEvents]: Subscribe<ServerEvents[N]> } = {
  'content:updated': useContentUpdates,
  'screens:presence': usePresenceUpdates,
  'schedules:updated': useSchedulesUpdated,
  'emergency:updated': useEmergencyUpdates,
  'feedback:updated': useFeedbackUpdates,
};

/**
 * Calls `handler` with every `name` event pushed to the console (the latest handler: no stale state). One hook for
 * every page, on top of the realtime provider's subscriptions; `name` must not change between renders.
 */
export function useServerEvent<N extends keyof ServerEvents>(name: N, handler: (payload: ServerEvents[N]) => void) {
  const subscribe: Subscribe<ServerEvents[N]> = SUBSCRIBE[name];
  subscribe(handler);
}
