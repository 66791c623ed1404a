import { renderMarkdown } from '@bangtin/display/preview';
import type { ContentItem } from '@bangtin/shared';
import { detailRows } from '../content/detailRows.ts';
import { useI18n } from '../i18nContext.tsx';

const short = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The item's own pictures (checked media paths), shown as pictures rather than as "/media/…" text. */
function imagesOf(item: ContentItem): string[] {
  if (item.type === 'image') return [item.url];
  if (item.type === 'announcement' || item.type === 'commendation') {
    const url = item.type === 'announcement' ? item.imageUrl : item.photoUrl;
    return url ? [url] : [];
  }
  return [];
}

/** What the principal reads on the card: Markdown rendered (sanitised, as the kiosk does), images as images. */
export function CardBody({ item }: { item: ContentItem }) {
  const { t } = useI18n();
  const rows = detailRows(item).filter((row) => (row.label !== 'detail.image' || item.type === 'qr') && !(item.type === 'announcement' && row.label === 'field.body'));
  return (
    <>
      {item.type === 'announcement' && item.body && (
        // renderMarkdown sanitises (DOMPurify, no scripts, styles or inline images): the kiosk's one HTML path.
        <div className="approval-card__markdown" data-testid="approval-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(item.body) }} />
      )}
      {imagesOf(item).map((src) => (
        <img key={src} className="approval-card__image" src={src} alt="" loading="lazy" data-testid="approval-image" />
      ))}
      {rows.slice(0, 6).map((row) => (
        <div className="details__row" key={row.label}>
          <dt>{t(row.label)}</dt>
          <dd>{Array.isArray(row.value) ? row.value.map((line) => short(line)).join(' · ') : row.value}</dd>
        </div>
      ))}
    </>
  );
}
