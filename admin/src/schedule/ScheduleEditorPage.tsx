import { useState } from 'react';
import type { ScheduleEntry } from '@bangtin/shared';
import { ScheduleForm } from './ScheduleForm.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { useScheduleSources } from './useScheduleSources.ts';
import { Link, useRouter } from '../router.tsx';

/** Adding (no id) or editing one schedule entry. One element for both, so a new entry keeps its page on save. */
export function ScheduleEditorPage({ id, forContentId }: { id: string | undefined; forContentId?: string | undefined }) {
  const { api, t, toast, removeAfterConfirm } = usePageKit();
  const { navigate } = useRouter();
  const { bundle, screens, content } = useScheduleSources();

  const data = bundle.data;
  const ready = data !== undefined && screens.data !== undefined;
  // A just-created entry may not be in the refetched list yet; the form keeps its state (and warnings) meanwhile.
  const [created, setCreated] = useState<ScheduleEntry | null>(null);
  const entry = id ? (data?.entries.find((e) => e.id === id) ?? (created?.id === id ? created : null)) : null;
  // Started from an item's editor: the form starts again once that item is known (the content list loads alongside).
  const formKey = id && id !== created?.id ? id : forContentId && content.byId.has(forContentId) ? 'new-for' : 'new';

  const onStored = (saved: ScheduleEntry) => {
    if (id) return;
    setCreated(saved);
    void navigate({ page: 'scheduleEdit', id: saved.id }, { replace: true, force: true });
  };
  const onReload = async () => {
    if (!id) return null;
    const latest = await api.schedules.list();
    return latest.entries.find((e) => e.id === id) ?? null;
  };
  const onDelete = (target: ScheduleEntry) =>
    removeAfterConfirm(
      { title: t('schedule.deleteTitle', { name: target.name }), body: t('schedule.deleteBody'), confirmLabel: t('schedule.delete'), cancelLabel: t('editor.cancel') },
      () => api.schedules.remove(target.id),
      () => {
        toast(t('schedule.deleted', { name: target.name }));
        void navigate({ page: 'schedules' }, { force: true });
      },
    );

  return (
    <section className="editor-page schedule-editor" aria-labelledby="schedule-editor-title">
      <p>
        <Link to={{ page: 'schedules' }}>{t('editor.back')}</Link>
      </p>
      <h1 id="schedule-editor-title">{entry ? t('schedule.editTitle', { name: entry.name }) : t('schedule.newTitle')}</h1>
      {!ready ? (
        bundle.error !== undefined || screens.error !== undefined ? (
          <LoadFailure
            error={bundle.error ?? screens.error}
            onRetry={() => {
              bundle.retry();
              screens.retry();
            }}
          />
        ) : (
          <Loading />
        )
      ) : id && !entry ? (
        <p className="alert alert--error" role="alert">
          {t('schedule.notFound')}
        </p>
      ) : (
        <ScheduleForm
          key={formKey}
          entry={entry}
          forContentId={forContentId}
          playlists={data.playlists}
          dayparts={data.dayparts}
          screens={screens.data ?? []}
          content={content}
          onStored={onStored}
          onReload={onReload}
          onDelete={(target) => void onDelete(target)}
          onCancel={() => void navigate({ page: 'schedules' })}
        />
      )}
    </section>
  );
}
