import type { UnitKind } from '@bangtin/shared';
import type { MessageKey } from '../i18n.ts';

/** What a member unit may be (the ward is the root only). */
export const MEMBER_KINDS = ['school', 'office'] as const satisfies readonly UnitKind[];
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const kindKey = (kind: UnitKind): MessageKey => `units.kind.${kind}`;
export const memberKind = (value: string): MemberKind => (value === 'office' ? 'office' : 'school');
