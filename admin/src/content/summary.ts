import { INDEX_VI, type ContentItem } from '@bangtin/shared';

/** One line that identifies an item in lists and headings. */
export function contentTitle(item: ContentItem): string {
  switch (item.type) {
    case 'slogan':
      return item.text;
    case 'announcement':
      return item.title;
    case 'procedure':
      return `${item.code} — ${item.name}`;
    case 'indexResult':
      return `${INDEX_VI[item.index].short} ${item.year} — ${item.scope}`;
    case 'commendation':
      return item.name;
    case 'image':
      return item.caption || item.url;
    case 'qr':
      return item.title;
  }
}
