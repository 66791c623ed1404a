import { formatNumberVi, type MediaItem } from '@bangtin/shared';
import { formatVideoLength } from './videoLength.ts';
import type { ReactNode } from 'react';
import { useI18n } from '../i18nContext.tsx';

export const mediaUrl = (file: string) => `/media/${file}`;

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${formatNumberVi(bytes / 1024 / 1024, 1)} MB` : `${formatNumberVi(Math.max(1, Math.round(bytes / 1024)))} kB`;

/** Thumbnails in a grid; each card's actions are given by the page (library: copy/delete; picker: choose). */
export function MediaGrid({ items, actions }: { items: MediaItem[]; actions: (item: MediaItem) => ReactNode }) {
  const { t } = useI18n();
  return (
    <ul className="media-grid" aria-label={t('media.listLabel')}>
      {items.map((item) => (
        <li key={item.id} className="media-card" data-testid="media-card" data-id={item.id}>
          <div className="media-card__thumb">
            {item.thumbnail ? (
              <img src={mediaUrl(item.thumbnail)} alt={item.label} loading="lazy" width={item.width ?? undefined} height={item.height ?? undefined} />
            ) : (
              <span className="media-card__pdf">{t('media.noPreview')}</span>
            )}
          </div>
          <p className="media-card__label" title={item.label}>
            {item.label}
          </p>
          <p className="media-card__meta muted">
            {item.kind === 'pdf'
              ? `PDF · ${t('media.pages', { count: item.pages.length })}`
              : item.kind === 'video'
                ? `Video · ${formatVideoLength(item.seconds ?? 0)}`
                : `${item.width ?? '?'}×${item.height ?? '?'}`}{' '}
            ·{' '}
            {sizeText(item.bytes)}
          </p>
          <div className="media-card__actions">{actions(item)}</div>
        </li>
      ))}
    </ul>
  );
}
