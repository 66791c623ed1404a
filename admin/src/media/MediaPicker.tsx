import { ModalSheet } from '../ui/ModalSheet.tsx';
import type { MediaItem } from '@bangtin/shared';
import { Pager } from '../ui/Pager.tsx';
import { Loading } from '../ui/Status.tsx';
import { useMediaList } from './useMediaList.ts';
import { useI18n } from '../i18nContext.tsx';
import { MediaGrid, mediaUrl } from './MediaGrid.tsx';
import { SearchControl } from '../ui/form/SearchControl.tsx';
import { UploadZone } from './UploadZone.tsx';

interface MediaPickerProps {
  title: string;
  /** The chosen file's address, and its library item (a video's length and poster). */
  onPick: (url: string, item: MediaItem) => void;
  onClose: () => void;
  /** Also offer PDF posters, one choice per rendered page (a poster slide shows a page image). */
  withPdfPages?: boolean;
  /** Videos only (the video slide's picker); otherwise pictures (and PDF pages with `withPdfPages`). */
  videos?: boolean;
}

/** A modal picker over the media library's thumbnails (the school logo, content pictures and posters). */
export function MediaPicker({ title, onPick, onClose, withPdfPages = false, videos = false }: MediaPickerProps) {
  const { t } = useI18n();
  const media = useMediaList(12, videos ? 'video' : withPdfPages ? '' : 'image');
  return (
    <ModalSheet className="confirm-dialog media-picker" titleId="media-picker-title" testId="media-picker" onClose={onClose}>
      <h2 id="media-picker-title">{title}</h2>
      {/* An empty or incomplete library should not send the office away from a half-filled form to upload. */}
      <UploadZone onUploaded={() => media.refresh()} />
      <SearchControl id="picker-search" label={t('common.search')} value={media.search} onChange={media.setSearch} />
      {media.list.data ? (
        <>
          <MediaGrid
            items={media.list.data.items}
            actions={(item) =>
              item.kind === 'pdf' ? (
                item.pages.map((page, index) => (
                  <button
                    key={page}
                    type="button"
                    className="button button--small button--primary"
                    onClick={() => onPick(mediaUrl(page), item)}
                    aria-label={t('media.pickPageLabel', { name: item.label, page: index + 1 })}
                    data-testid="media-pick"
                  >
                    {t('media.pickPage', { page: index + 1 })}
                  </button>
                ))
              ) : (
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => onPick(mediaUrl(item.file), item)}
                aria-label={t('media.pickLabel', { name: item.label })}
                data-testid="media-pick"
              >
                {t('media.pick')}
              </button>
              )
            }
          />
          {media.list.data.items.length === 0 && <p className="empty">{t('media.empty')}</p>}
          <Pager page={media.page} pages={media.pages} onPage={media.setPage} />
        </>
      ) : (
        <Loading />
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </ModalSheet>
  );
}
