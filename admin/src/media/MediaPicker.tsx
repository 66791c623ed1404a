import { useEffect, useRef } from 'react';
import { Pager } from '../ui/Pager.tsx';
import { Loading } from '../ui/Status.tsx';
import { useMediaList } from './useMediaList.ts';
import { useI18n } from '../i18nContext.tsx';
import { MediaGrid, mediaUrl } from './MediaGrid.tsx';
import { SearchControl } from '../ui/form/SearchControl.tsx';

/** A modal picker over the media library's pictures (for the school logo). */
export function MediaPicker({ title, onPick, onClose }: { title: string; onPick: (url: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const media = useMediaList(12, 'image');
  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog media-picker"
      aria-labelledby="media-picker-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      data-testid="media-picker"
    >
      <h2 id="media-picker-title">{title}</h2>
      <SearchControl id="picker-search" label={t('common.search')} value={media.search} onChange={media.setSearch} />
      {media.list.data ? (
        <>
          <MediaGrid
            items={media.list.data.items}
            actions={(item) => (
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => onPick(mediaUrl(item.file))}
                aria-label={t('media.pickLabel', { name: item.label })}
                data-testid="media-pick"
              >
                {t('media.pick')}
              </button>
            )}
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
    </dialog>
  );
}
