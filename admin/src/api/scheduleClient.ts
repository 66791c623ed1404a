import type { Daypart, EmergencyInput, PlaylistInput, ScheduleInput } from '@bangtin/shared';
import { daypartsApi, emergenciesApi, playlistsApi, schedulesApi, type ReplyOf } from '@bangtin/shared/api';
import type { Http } from './http.ts';

export type ScheduleBundle = ReplyOf<typeof schedulesApi.list>;
export type SavedEntry = ReplyOf<typeof schedulesApi.create>;
export type EmergencyOverview = ReplyOf<typeof emergenciesApi.list>;

/** The scheduling and emergency REST calls (issue #4), merged into the console's ApiClient. */
export function createScheduleApi(call: Http['call']) {
  return {
    schedules: {
      list: () => call(schedulesApi.list, {}),
      create: (input: ScheduleInput) => call(schedulesApi.create, { body: input }),
      update: (id: string, input: ScheduleInput) => call(schedulesApi.update, { params: { id }, body: input }),
      remove: (id: string) => call(schedulesApi.remove, { params: { id } }),
      /** “Bỏ gán trực tiếp”: the entry's items leave the base rotation of the screens it reaches. */
      unassignDirect: (id: string) => call(schedulesApi.unassignDirect, { params: { id } }),
      /** Warnings for a draft without saving it; 400 VALIDATION_FAILED with field details on bad input. */
      check: (input: ScheduleInput, id?: string) => call(schedulesApi.check, { body: id ? { ...input, id } : input }),
      plan: (instant: Date, screenId: string) => call(schedulesApi.plan, { query: { at: instant.toISOString(), screen: screenId } }),
      timeline: (screenId: string, from: Date, until: Date) =>
        call(schedulesApi.timeline, { query: { screen: screenId, from: from.toISOString(), until: until.toISOString() } }),
    },
    playlists: {
      list: () => call(playlistsApi.list, {}),
      create: (input: PlaylistInput) => call(playlistsApi.create, { body: input }),
      update: (id: string, input: PlaylistInput) => call(playlistsApi.update, { params: { id }, body: input }),
      remove: (id: string) => call(playlistsApi.remove, { params: { id } }),
    },
    dayparts: { save: (list: Daypart[]) => call(daypartsApi.save, { body: list }) },
    emergencies: {
      list: () => call(emergenciesApi.list, {}),
      send: (input: EmergencyInput) => call(emergenciesApi.send, { body: input }),
      clear: (id: string) => call(emergenciesApi.clear, { params: { id } }),
    },
  };
}
