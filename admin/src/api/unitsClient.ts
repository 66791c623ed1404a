import type { UnitCreate, UnitUpdate } from '@bangtin/shared';
import { unitsApi } from '@bangtin/shared/api';
import type { Http } from './http.ts';

/** Units (issue #15 item 1): this console's unit, and at the root the units under it. Merged into the ApiClient. */
export function createUnitsClient(call: Http['call']) {
  return {
    units: {
      /** Which unit this console is, its parent, and whether the signed-in admin acts here for the ward. */
      current: () => call(unitsApi.current, {}),
      list: () => call(unitsApi.list, {}),
      /** The reply carries the first administrator's generated password: shown once, never again. */
      create: (input: UnitCreate) => call(unitsApi.create, { body: input }),
      update: (id: string, input: UnitUpdate) => call(unitsApi.update, { params: { id }, body: input }),
    },
  };
}
