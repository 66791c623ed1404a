import { usersApi } from '@bangtin/shared/api';
import type { UserService } from '../../domain/users.ts';
import { bindRoutes } from '../route.ts';

export function userRoutes(users: UserService) {
  return bindRoutes(usersApi, {
    list: () => users.list(),
    create: ({ body, user }) => users.create(body, user),
    update: ({ body, params, user }) => users.update(params.id, body, user),
    resetPassword: async ({ body, params, user }) => {
      await users.resetPassword(params.id, body.password, user);
      return null;
    },
  });
}
