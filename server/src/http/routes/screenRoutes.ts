import { screensApi } from '@bangtin/shared/api';
import type { ScreenService } from '../../domain/screens.ts';
import type { Presence } from '../../realtime/presence.ts';
import { bindRoutes } from '../route.ts';

export function screenRoutes(screens: ScreenService, presence: Presence) {
  return bindRoutes(screensApi, {
    list: () => screens.list(),
    create: ({ body, user }) => screens.create(body, user),
    update: ({ body, params, user }) => screens.update(params.id, body, user),
    presence: async () => presence.list(),
  });
}
