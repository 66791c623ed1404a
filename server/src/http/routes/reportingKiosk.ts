import { DEVICE_CREDENTIAL_HEADER, screenSlug, type Screen } from '@bangtin/shared';
import type { Request } from 'express';
import type { DeviceTrust } from '../../domain/deviceTrust.ts';
import { AppError } from '../../domain/errors.ts';
import type { Store } from '../../store/store.ts';

/**
 * The reception kiosk behind a look-up or failed-search report: the screen must exist (404) and be interactive (403);
 * `paired` says whether the report comes from its paired device — only then is it counted (issue #12).
 */
export async function reportingKiosk(store: Store, trust: DeviceTrust, slug: string, req: Request): Promise<{ screen: Screen; paired: boolean }> {
  const parsed = screenSlug.safeParse(slug);
  const screen = parsed.success ? await store.getScreenBySlug(parsed.data) : undefined;
  if (!screen) throw new AppError('NOT_FOUND', `Không có màn hình "${slug}".`);
  if (!screen.interactive) throw new AppError('FORBIDDEN', 'Màn hình này không phải màn hình tra cứu thủ tục.');
  return { screen, paired: await trust.verify(screen.id, req.get(DEVICE_CREDENTIAL_HEADER)) };
}
