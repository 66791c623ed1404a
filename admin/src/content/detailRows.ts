import { INDEX_VI, formatNumberVi, formatRankVi, videoSlideSeconds, type ContentItem } from '@bangtin/shared';
import { formatVideoLength } from '../media/videoLength.ts';
import type { MessageKey } from '../i18n.ts';

/** A labelled value for the read-only view; lists render as bullet lists. */
export interface DetailRow {
  label: MessageKey;
  value: string | string[];
}

/** The type-specific fields worth reading, for types whose editor comes in a later milestone. */
export function detailRows(item: ContentItem): DetailRow[] {
  switch (item.type) {
    case 'procedure':
      return [
        { label: 'detail.code', value: item.code },
        { label: 'detail.name', value: item.name },
        { label: 'detail.field', value: item.field },
        { label: 'detail.agency', value: item.agency },
        { label: 'detail.timeLimit', value: item.timeLimit },
        { label: 'detail.fees', value: item.fees },
        { label: 'detail.steps', value: item.steps.map((s) => (s.timeLimit ? `${s.description} (${s.timeLimit})` : s.description)) },
        { label: 'detail.dossier', value: item.dossier.map((d) => d.document) },
        { label: 'detail.legalBasis', value: item.legalBasis.map((l) => `${l.number} — ${l.title}`) },
      ];
    case 'indexResult':
      return [
        { label: 'detail.index', value: `${INDEX_VI[item.index].short} — ${INDEX_VI[item.index].name}` },
        { label: 'detail.scope', value: item.scope },
        { label: 'detail.year', value: String(item.year) },
        { label: 'detail.score', value: item.score === null ? '—' : `${formatNumberVi(item.score)} ${item.unit}`.trim() },
        { label: 'detail.rank', value: item.rank === null ? '—' : formatRankVi(item.rank, item.rankOf) },
        { label: 'detail.note', value: item.note || '—' },
      ];
    case 'commendation':
      return [
        { label: 'detail.name', value: item.name },
        { label: 'detail.achievement', value: item.achievement },
        { label: 'detail.image', value: item.photoUrl ?? '—' },
      ];
    case 'qr':
      return [
        { label: 'field.title', value: item.title },
        { label: 'detail.image', value: item.url },
        { label: 'detail.caption', value: item.caption || '—' },
      ];
    case 'image':
      return [
        { label: 'detail.image', value: item.url },
        { label: 'detail.caption', value: item.caption || '—' },
      ];
    case 'slogan':
      return [{ label: 'field.text', value: item.text }];
    case 'announcement':
      return [
        { label: 'field.title', value: item.title },
        { label: 'field.body', value: item.body },
      ];
    case 'didYouKnow':
      return [
        { label: 'field.title', value: item.question },
        { label: 'field.body', value: `${item.answer} — ${item.explanation}` },
      ];
    case 'video':
      return [
        { label: 'field.title', value: item.title },
        // Never the /media/… path: what the principal checks is what plays and for how long.
        { label: 'field.imageUrl', value: `Video ${formatVideoLength(item.videoSeconds)} × ${item.plays} = ${formatVideoLength(videoSlideSeconds(item))}` },
      ];
  }
}
