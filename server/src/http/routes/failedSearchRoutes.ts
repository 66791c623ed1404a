import { failedSearchesApi } from '@bangtin/shared/api';
import type { DeviceTrust } from '../../domain/deviceTrust.ts';
import type { FailedSearchCounter } from '../../domain/failedSearches.ts';
import type { Store } from '../../store/store.ts';
import { bindRoutes } from '../route.ts';
import { reportingKiosk } from './reportingKiosk.ts';

/** The reception kiosk reports searches that found nothing; editors read the list (admin → Lượt tra cứu). */
export function failedSearchRoutes(failedSearches: FailedSearchCounter, store: Store, trust: DeviceTrust) {
  return bindRoutes(failedSearchesApi, {
    report: async ({ params, body, req }) => {
      // Like look-ups, counted only from the screen's paired device: a stranger on the LAN adds nothing.
      const { paired } = await reportingKiosk(store, trust, params.slug, req);
      if (!paired) return { counted: false };
      return { counted: await failedSearches.record(req.ip ?? 'unknown', body.query) };
    },
    list: () => failedSearches.report(),
  });
}
