import { lookupsApi } from '@bangtin/shared/api';
import type { DeviceTrust } from '../../domain/deviceTrust.ts';
import type { LookupCounter } from '../../domain/lookups.ts';
import type { Store } from '../../store/store.ts';
import { bindRoutes } from '../route.ts';
import { reportingKiosk } from './reportingKiosk.ts';

export function lookupRoutes(lookups: LookupCounter, store: Store, trust: DeviceTrust) {
  return bindRoutes(lookupsApi, {
    report: async ({ params, body, req }) => {
      // Counted only from the screen's paired device, and budgeted per screen (not per source address).
      const { screen, paired } = await reportingKiosk(store, trust, params.slug, req);
      if (!paired) return { counted: false };
      return { counted: await lookups.record(`screen:${screen.id}`, body.contentId) };
    },
    list: () => lookups.stats(),
  });
}
