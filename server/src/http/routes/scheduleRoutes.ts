import { daypartsApi, playlistsApi, schedulesApi } from '@bangtin/shared/api';
import type { ScheduleService } from '../../domain/schedules.ts';
import { bindRoutes } from '../route.ts';

export function scheduleRoutes(schedules: ScheduleService) {
  return [
    ...bindRoutes(schedulesApi, {
      list: () => schedules.list(),
      create: ({ body, user }) => schedules.create(body, user),
      check: ({ body, user }) => schedules.check(body, user, body.id),
      plan: ({ query }) => schedules.plan(query.at ? new Date(query.at) : undefined, query.screen),
      timeline: ({ query }) => schedules.timeline(query.screen, new Date(query.from), new Date(query.until)),
      update: ({ body, params, user }) => schedules.update(params.id, body, user),
      remove: ({ params, user }) => schedules.remove(params.id, user),
      unassignDirect: ({ params, user }) => schedules.unassignDirect(params.id, user),
    }),
    ...bindRoutes(playlistsApi, {
      list: () => schedules.listPlaylists(),
      create: ({ body, user }) => schedules.createPlaylist(body, user),
      update: ({ body, params, user }) => schedules.updatePlaylist(params.id, body, user),
      remove: ({ params, user }) => schedules.removePlaylist(params.id, user),
    }),
    ...bindRoutes(daypartsApi, {
      save: ({ body, user }) => schedules.saveDayparts(body, user),
    }),
  ];
}
