import { contentLabel } from '@bangtin/shared';
import { wardFeedApi, type InheritedItems } from '@bangtin/shared/api';
import type { InheritedFeed } from '../../domain/wardFeed.ts';
import { bindRoutes } from '../route.ts';

/** The ward's items reaching this unit, as titles and dates (nothing to write: the ward's approval suffices). */
export async function inheritedSummary(inherited: InheritedFeed | undefined): Promise<InheritedItems> {
  if (!inherited) return { content: [], emergencies: [] };
  const { content, emergencies } = await inherited.read();
  return {
    content: content.map((item) => ({
      id: item.id,
      type: item.type,
      title: contentLabel(item),
      validFrom: item.validFrom,
      validUntil: item.validUntil,
      approvedAt: item.approvedAt,
    })),
    emergencies: emergencies.map(({ id, title, level, startedAt, expiresAt }) => ({ id, title, level, startedAt, expiresAt })),
  };
}

export function wardFeedRoutes(inherited: InheritedFeed | undefined) {
  return bindRoutes(wardFeedApi, {
    inherited: () => inheritedSummary(inherited),
  });
}
