import { useState } from 'react';
import type { Playlist } from '@bangtin/shared';
import { DaypartEditor } from './DaypartEditor.tsx';
import { PlaylistEditor } from './PlaylistEditor.tsx';
import { ScheduleTabs } from './ScheduleTabs.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useContentChoices } from './useContentChoices.ts';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { useScheduleBundle } from './useScheduleBundle.ts';
import { PageHeader } from '../ui/layout/PageHeader.tsx';

/** Reusable ordered lists (for entries and as a screen's default rotation) and the daypart presets. */
export function PlaylistsPage() {
  const { api, t, toast, removeAfterConfirm } = usePageKit();
  const bundle = useScheduleBundle();
  const content = useContentChoices();
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  const playlists = bundle.data?.playlists ?? [];
  const current = editing && editing !== 'new' ? (playlists.find((p) => p.id === editing) ?? null) : null;

  const onSaved = (saved: Playlist) => {
    bundle.update((data) => ({ ...data, playlists: [...data.playlists.filter((p) => p.id !== saved.id), saved] }));
    setEditing(saved.id);
  };
  const onDelete = (target: Playlist) =>
    removeAfterConfirm(
      {
        title: t('playlist.deleteTitle', { name: target.name }),
        body: t('playlist.deleteBody'),
        confirmLabel: t('playlist.delete'),
        cancelLabel: t('editor.cancel'),
      },
      () => api.playlists.remove(target.id),
      () => {
        bundle.update((data) => ({ ...data, playlists: data.playlists.filter((p) => p.id !== target.id) }));
        setEditing(null);
        toast(t('playlist.deleted', { name: target.name }));
      },
    );

  return (
    <section className="playlists-page" aria-labelledby="playlists-title">
      <PageHeader titleId="playlists-title" title={t('nav.playlists')}>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')} data-testid="playlist-new">
          + {t('playlist.new')}
        </button>
      </PageHeader>
      <ScheduleTabs />
      <p className="muted">{t('playlist.intro')}</p>
      {bundle.data === undefined ? (
        bundle.loading ? <Loading /> : <LoadFailure error={bundle.error} onRetry={bundle.retry} />
      ) : (
        <div className="playlists-layout">
          <div>
            {playlists.length === 0 ? (
              <p className="empty">{t('playlist.empty')}</p>
            ) : (
              <ul className="playlist-list" aria-label={t('nav.playlists')}>
                {[...playlists]
                  .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
                  .map((p) => (
                    <li key={p.id}>
                      <button
                        type="button"
                        className={`playlist-list__item${editing === p.id ? ' playlist-list__item--on' : ''}`}
                        aria-pressed={editing === p.id}
                        onClick={() => setEditing(p.id)}
                        data-testid="playlist-item"
                      >
                        <span className="playlist-list__name">{p.name}</span>
                        <span className="muted">{t('playlist.count', { count: p.contentIds.length })}</span>
                      </button>
                    </li>
                  ))}
              </ul>
            )}
          </div>
          <div>
            {editing !== null && (editing === 'new' || current) && (
              <PlaylistEditor
                key={editing}
                playlist={current}
                content={content}
                onSaved={onSaved}
                onDelete={(p) => void onDelete(p)}
                onReload={async () => (await api.schedules.list()).playlists.find((p) => p.id === editing) ?? null}
              />
            )}
          </div>
        </div>
      )}
      {bundle.data && (
        <DaypartEditor
          key={JSON.stringify(bundle.data.dayparts)}
          dayparts={bundle.data.dayparts}
          onSaved={(dayparts) => bundle.update((data) => ({ ...data, dayparts }))}
        />
      )}
    </section>
  );
}
