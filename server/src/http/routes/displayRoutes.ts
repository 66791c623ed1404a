import { screenSlug } from '@bangtin/shared';
import { displayApi } from '@bangtin/shared/api';
import type { DisplayService } from '../../domain/displaySnapshot.ts';
import { AppError } from '../../domain/errors.ts';
import { bindRoutes } from '../route.ts';

export function displayRoutes(display: DisplayService) {
  return bindRoutes(displayApi, {
    snapshot: async ({ params }) => {
      const slug = screenSlug.safeParse(params.slug);
      const snapshot = slug.success ? await display.snapshotForSlug(slug.data) : null;
      if (!snapshot) throw new AppError('NOT_FOUND', `Không có màn hình "${params.slug}".`);
      return snapshot;
    },
  });
}
