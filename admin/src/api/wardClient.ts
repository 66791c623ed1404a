import { unitsApi, wardFeedApi } from '@bangtin/shared/api';
import type { Http } from './http.ts';

/** What the content editors need of units (issue #15): where this console is, its child units, what the ward sends here. */
export function createWardApi(call: Http['call']) {
  return {
    ward: {
      current: () => call(unitsApi.current, {}),
      children: () => call(unitsApi.list, {}),
      inherited: () => call(wardFeedApi.inherited, {}),
    },
  };
}
