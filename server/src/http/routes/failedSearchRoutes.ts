import { DEVICE_CREDENTIAL_HEADER, screenSlug } from '@bangtin/shared';
import { failedSearchesApi } from '@bangtin/shared/api';
import type { DeviceTrust } from '../../domain/deviceTrust.ts';
import { AppError } from '../../domain/errors.ts';
import type { FailedSearchCounter } from '../../domain/failedSearches.ts';
import type { Store } from '../../store/store.ts';
import { bindRoutes } from '../route.ts';

/** The reception kiosk reports searches that found nothing; editors read the list (admin → Lượt tra cứu). */
export function failedSearchRoutes(failedSearches: FailedSearchCounter, store: Store, trust: DeviceTrust) {
  return bindRoutes(failedSearchesApi, {
    report: async ({ params, body, req }) => {
      const slug = screenSlug.safeParse(params.slug);
      const screen = slug.success ? await store.getScreenBySlug(slug.data) : undefined;
      if (!screen) throw new AppError('NOT_FOUND', `Không có màn hình "${params.slug}".`);
      if (!screen.interactive) throw new AppError('FORBIDDEN', 'Màn hình này không phải màn hình tra cứu thủ tục.');
      // Like look-ups, counted only from the screen's paired device (issue #12): a stranger on the LAN adds nothing.
      if (!(await trust.verify(screen.id, req.get(DEVICE_CREDENTIAL_HEADER)))) return { counted: false };
      return { counted: await failedSearches.record(req.ip ?? 'unknown', body.query) };
    },
    list: () => failedSearches.report(),
  });
}
