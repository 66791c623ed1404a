import type {
  Daypart,
  EmergencyInput,
  EmergencyNotice,
  EmergencyStatus,
  Playlist,
  PlaylistInput,
  ScheduleEntry,
  ScheduleInput,
  ScheduleWarning,
  ScreenPlan,
  TimelineSegment,
} from '@bangtin/shared';
import type { Http } from '../api/http.ts';

export interface ScheduleBundle {
  entries: ScheduleEntry[];
  playlists: Playlist[];
  dayparts: Daypart[];
}

export interface SavedEntry {
  entry: ScheduleEntry;
  warnings: ScheduleWarning[];
}

export interface EmergencyOverview {
  active: EmergencyStatus[];
  recent: EmergencyNotice[];
}

const at = (id: string) => encodeURIComponent(id);

/** The scheduling and emergency REST calls (issue #4), merged into the console's ApiClient. */
export function createScheduleApi(http: Http) {
  return {
    schedules: {
      list: () => http.get<ScheduleBundle>('/api/schedules'),
      create: (input: ScheduleInput) => http.post<SavedEntry>('/api/schedules', input),
      update: (id: string, input: ScheduleInput) => http.put<SavedEntry>(`/api/schedules/${at(id)}`, input),
      remove: (id: string) => http.del<unknown>(`/api/schedules/${at(id)}`),
      /** Warnings for a draft without saving it; 400 VALIDATION_FAILED with field details on bad input. */
      check: (input: ScheduleInput, id?: string) =>
        http.post<{ warnings: ScheduleWarning[] }>('/api/schedules/check', id ? { ...input, id } : input),
      plan: (instant: Date, screenId: string) =>
        http.get<{ at: string; plans: ScreenPlan[] }>(
          `/api/schedules/plan?at=${at(instant.toISOString())}&screen=${at(screenId)}`,
        ),
      timeline: (screenId: string, from: Date, until: Date) =>
        http.get<{ segments: TimelineSegment[] }>(
          `/api/schedules/timeline?screen=${at(screenId)}&from=${at(from.toISOString())}&until=${at(until.toISOString())}`,
        ),
    },
    playlists: {
      list: () => http.get<Playlist[]>('/api/playlists'),
      create: (input: PlaylistInput) => http.post<Playlist>('/api/playlists', input),
      update: (id: string, input: PlaylistInput) => http.put<Playlist>(`/api/playlists/${at(id)}`, input),
      remove: (id: string) => http.del<unknown>(`/api/playlists/${at(id)}`),
    },
    dayparts: { save: (list: Daypart[]) => http.put<Daypart[]>('/api/dayparts', list) },
    emergencies: {
      list: () => http.get<EmergencyOverview>('/api/emergencies'),
      send: (input: EmergencyInput) => http.post<EmergencyStatus>('/api/emergencies', input),
      clear: (id: string) => http.post<EmergencyStatus>(`/api/emergencies/${at(id)}/clear`, {}),
    },
  };
}
