import type { PublicUser, UnitContext, UnitCreate, UnitCreated, UnitSummary, UnitUpdate } from '@bangtin/shared';
import { unitsApi } from '@bangtin/shared/api';
import { bindRoutes } from '../http/route.ts';
import { signedInOf, type SessionResolver } from './unitSessions.ts';

/** What one unit's /api/units routes ask of the unit host (units/unitHost.ts). */
export interface UnitsPort {
  context(actingFromParent: boolean): Promise<UnitContext>;
  /** The root's children with their counts; [] in a child. */
  list(): Promise<UnitSummary[]>;
  /** Root administrators only (403 in a child, 409 on a taken slug). */
  create(input: UnitCreate, actor: PublicUser): Promise<UnitCreated>;
  update(id: string, input: UnitUpdate, actor: PublicUser): Promise<UnitSummary>;
}

export function unitsRoutes(units: UnitsPort, resolve: SessionResolver) {
  return bindRoutes(unitsApi, {
    current: async ({ req }) => {
      // mountRoutes remembered who signed this request in; a socket-less fallback resolves again.
      const signedIn = signedInOf(req) ?? (await resolve(req.headers.cookie));
      return units.context(signedIn?.acting ?? false);
    },
    list: () => units.list(),
    create: ({ body, user }) => units.create(body, user),
    update: ({ params, body, user }) => units.update(params.id, body, user),
  });
}
