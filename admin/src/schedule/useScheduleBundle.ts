import { useState } from 'react';
import { useRealtimeStatus } from '../api/realtime.tsx';
import { useApi } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';

/** Entries, playlists and dayparts; refetched when anyone changes them and after a reconnect. */
export function useScheduleBundle() {
  const api = useApi();
  const { resyncToken } = useRealtimeStatus();
  const [pushes, setPushes] = useState(0);
  useServerEvent('schedules:updated', () => setPushes((n) => n + 1));
  return useLoad(`schedules#${resyncToken}#${pushes}`, api.schedules.list, { keepPrevious: true });
}
