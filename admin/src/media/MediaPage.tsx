import { hasRole } from '@bangtin/shared';
import { Pager } from '../ui/Pager.tsx';
import { MediaGrid, mediaUrl } from './MediaGrid.tsx';
import { UploadZone } from './UploadZone.tsx';
import { LoadStatus } from '../ui/Status.tsx';
import { ListCount } from '../ui/ListCount.tsx';
import { useCopy } from '../ui/hooks/useCopy.ts';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { useMediaList } from './useMediaList.ts';
import { useCurrentUser } from '../session.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { SearchControl } from '../ui/form/SearchControl.tsx';
import { PageHeader } from '../ui/layout/PageHeader.tsx';

/** The media library: upload (editors and up), search, copy a file's address, delete (principal and admin). */
export function MediaPage() {
  const { api, t, toast, removeAfterConfirm } = usePageKit();
  const user = useCurrentUser();
  const copy = useCopy();
  const media = useMediaList(24);
  const canDelete = hasRole(user.role, 'approver');
  const data = media.list.data;

  const remove = (id: string, name: string) =>
    removeAfterConfirm(
      { title: t('media.deleteTitle'), body: t('media.deleteBody', { name }), confirmLabel: t('media.delete'), cancelLabel: t('common.cancel') },
      () => api.media.remove(id),
      () => {
        toast(t('media.deleted', { name }), 'success');
        media.refresh();
      },
    );

  return (
    <section className="list-page" aria-labelledby="media-title">
      <PageHeader titleId="media-title" title={t('media.title')} />
      <UploadZone onUploaded={() => media.refresh()} />
      <div className="filters" role="search">
        <SearchControl id="media-search" label={t('common.search')} value={media.search} onChange={media.setSearch} testId="media-search" />
        <LabelledControl id="media-kind" label={t('media.kind')}>
          <select id="media-kind" value={media.kind} onChange={(e) => media.setKind(e.target.value === 'image' || e.target.value === 'pdf' || e.target.value === 'video' ? e.target.value : '')}>
            <option value="">{t('common.all')}</option>
            <option value="image">{t('media.kindImage')}</option>
            <option value="pdf">{t('media.kindPdf')}</option>
            <option value="video">{t('media.kindVideo')}</option>
          </select>
        </LabelledControl>
      </div>
      {data === undefined ? (
        <LoadStatus load={media.list} />
      ) : (
        <>
          <ListCount testId="media-count">{t('common.total', { count: data.total })}</ListCount>
          {data.items.length === 0 ? (
            <p className="empty">{media.search || media.kind ? t('media.emptyFiltered') : t('media.empty')}</p>
          ) : (
            <MediaGrid
              items={data.items}
              actions={(item) => (
                <>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void copy(`${window.location.origin}${mediaUrl(item.file)}`)}
                    aria-label={t('media.copyLabel', { name: item.label })}
                  >
                    {t('media.copy')}
                  </button>
                  <a className="button button--small" href={mediaUrl(item.file)} target="_blank" rel="noreferrer">
                    {t('media.open')}
                  </a>
                  {canDelete && (
                    <button
                      type="button"
                      className="button button--small button--quiet-danger"
                      onClick={() => void remove(item.id, item.label)}
                      aria-label={t('media.deleteLabel', { name: item.label })}
                      data-testid="media-delete"
                    >
                      {t('media.delete')}
                    </button>
                  )}
                </>
              )}
            />
          )}
          <Pager page={media.page} pages={media.pages} onPage={media.setPage} />
        </>
      )}
    </section>
  );
}
