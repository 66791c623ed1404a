import { screenSlug } from '@bangtin/shared';
import { failedSearchesApi } from '@bangtin/shared/api';
import { AppError } from '../../domain/errors.ts';
import type { FailedSearchCounter } from '../../domain/failedSearches.ts';
import type { Store } from '../../store/store.ts';
import { bindRoutes } from '../route.ts';

/** The reception kiosk reports searches that found nothing; editors read the list (admin → Lượt tra cứu). */
export function failedSearchRoutes(failedSearches: FailedSearchCounter, store: Store) {
  return bindRoutes(failedSearchesApi, {
    report: async ({ params, body, req }) => {
      const slug = screenSlug.safeParse(params.slug);
      const screen = slug.success ? await store.getScreenBySlug(slug.data) : undefined;
      if (!screen) throw new AppError('NOT_FOUND', `Không có màn hình "${params.slug}".`);
      if (!screen.interactive) throw new AppError('FORBIDDEN', 'Màn hình này không phải màn hình tra cứu thủ tục.');
      return { counted: await failedSearches.record(req.ip ?? 'unknown', body.query) };
    },
    list: () => failedSearches.report(),
  });
}
