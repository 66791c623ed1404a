import { notifyApi } from '@bangtin/shared/api';
import type { Notifier } from '../../notify/notifier.ts';
import { bindRoutes } from '../route.ts';

export function notifyRoutes(notifier: Notifier) {
  return bindRoutes(notifyApi, {
    get: () => notifier.get(),
    update: ({ body, user }) => notifier.update(body, user),
    test: ({ user }) => notifier.test(user),
  });
}
