import { DEVICE_CREDENTIAL_HEADER, screenSlug } from '@bangtin/shared';
import { lookupsApi } from '@bangtin/shared/api';
import { AppError } from '../../domain/errors.ts';
import type { DeviceTrust } from '../../domain/deviceTrust.ts';
import type { LookupCounter } from '../../domain/lookups.ts';
import type { Store } from '../../store/store.ts';
import { bindRoutes } from '../route.ts';

export function lookupRoutes(lookups: LookupCounter, store: Store, trust: DeviceTrust) {
  return bindRoutes(lookupsApi, {
    report: async ({ params, body, req }) => {
      const slug = screenSlug.safeParse(params.slug);
      const screen = slug.success ? await store.getScreenBySlug(slug.data) : undefined;
      if (!screen) throw new AppError('NOT_FOUND', `Không có màn hình "${params.slug}".`);
      if (!screen.interactive) throw new AppError('FORBIDDEN', 'Màn hình này không phải màn hình tra cứu thủ tục.');
      // Counted only from the screen's paired device, and budgeted per screen (not per source address).
      if (!(await trust.verify(screen.id, req.get(DEVICE_CREDENTIAL_HEADER)))) return { counted: false };
      const counted = await lookups.record(`screen:${screen.id}`, body.contentId);
      return { counted };
    },
    list: () => lookups.stats(),
  });
}
