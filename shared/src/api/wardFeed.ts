import { z } from 'zod';
import { contentType } from '../schemas/content.ts';
import { emergencyLevel } from '../schemas/emergency.ts';
import { isoDate, isoDateTime } from '../schemas/text.ts';
import { contract } from './contract.ts';

/** A ward item as a child unit's console lists it: enough to know what plays, never the ward's bookkeeping. */
export const inheritedContent = z.object({
  id: z.string(),
  type: contentType,
  title: z.string(),
  validFrom: isoDate.nullable(),
  validUntil: isoDate.nullable(),
  approvedAt: isoDateTime.nullable(),
});
export type InheritedContentSummary = z.infer<typeof inheritedContent>;

export const inheritedEmergency = z.object({
  id: z.string(),
  title: z.string(),
  level: emergencyLevel,
  startedAt: isoDateTime,
  expiresAt: isoDateTime,
});

export const inheritedItems = z.object({ content: z.array(inheritedContent), emergencies: z.array(inheritedEmergency) });
export type InheritedItems = z.infer<typeof inheritedItems>;

/**
 * What the ward (the root unit) publishes to this unit's screens, read only: the ward's approval suffices, so a
 * child unit sees them here and cannot edit, approve or withdraw them. Empty at the root.
 */
export const wardFeedApi = {
  inherited: contract({
    method: 'get',
    path: '/api/units/inherited',
    summary: 'Nội dung và thông báo khẩn phường gửi tới màn hình của đơn vị này (chỉ xem; rỗng ở đơn vị gốc)',
    tag: 'units',
    access: 'editor',
    response: inheritedItems,
  }),
};
