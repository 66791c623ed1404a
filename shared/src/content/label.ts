import { INDEX_VI } from '../labels.ts';
import type { ContentItem, PublicContentItem } from '../schemas/content.ts';

/** A one-line name for lists, search and audit entries. */
export function contentLabel(item: ContentItem | PublicContentItem): string {
  switch (item.type) {
    case 'slogan':
      return item.text;
    case 'procedure':
      return [item.code, item.name].filter(Boolean).join(' '); // a draft may not have its code yet
    case 'indexResult':
      return `${INDEX_VI[item.index].short} ${item.year} – ${item.scope}`;
    case 'announcement':
      return item.title;
    case 'commendation':
      return item.name;
    case 'qr':
      return item.title;
    case 'image':
      return item.caption || item.url;
  }
}
