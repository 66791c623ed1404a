import { usersApi } from '@bangtin/shared/api';
import type { TwoFactorService } from '../../domain/twoFactor.ts';
import type { UserService } from '../../domain/users.ts';
import { bindRoutes } from '../route.ts';

export function userRoutes(users: UserService, twoFactor: TwoFactorService) {
  return bindRoutes(usersApi, {
    list: () => users.list(),
    create: ({ body, user }) => users.create(body, user),
    update: ({ body, params, user }) => users.update(params.id, body, user),
    resetPassword: async ({ body, params, user }) => {
      await users.resetPassword(params.id, body.password, user);
      return null;
    },
    resetTwoFactor: async ({ params, user }) => {
      await twoFactor.reset(params.id, user);
      return null;
    },
  });
}
