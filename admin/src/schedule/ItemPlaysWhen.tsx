import type { ScheduleEntry } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { Link } from '../router.tsx';
import { useScheduleBundle } from './useScheduleBundle.ts';
import { WhenText } from './WhenText.tsx';

interface ItemPlaysWhenProps {
  /** The stored item (null while it is being written for the first time: nothing can be scheduled yet). */
  contentId: string | null;
  /** Where the editor assigns it directly (its base rotation). */
  screens: 'all' | readonly string[];
}

/**
 * "Khi nào phát", beside "where" in an item's own editor: always (the base rotation of the screens it is assigned to),
 * or the schedule entries that play it, each in words with a link; and a warning when both are true, because the
 * direct assignment then plays it all day whatever the entry says. Backed by the schedule entries themselves.
 */
export function ItemPlaysWhen({ contentId, screens }: ItemPlaysWhenProps) {
  const { t } = useI18n();
  const bundle = useScheduleBundle();
  const playlists = bundle.data?.playlists ?? [];
  const playing = (entry: ScheduleEntry) =>
    contentId !== null &&
    (entry.contentIds.includes(contentId) || (entry.playlistId !== null && (playlists.find((p) => p.id === entry.playlistId)?.contentIds ?? []).includes(contentId)));
  const entries = (bundle.data?.entries ?? []).filter(playing);
  const direct = screens === 'all' || screens.length > 0;

  return (
    <section className="form-section item-plays-when" aria-labelledby="item-plays-when-title" data-testid="item-plays-when">
      <h2 id="item-plays-when-title" className="form-section__title">
        {t('plays.title')}
      </h2>
      {entries.length === 0 ? (
        <p data-testid="plays-always">{direct ? t('plays.always') : t('plays.nowhere')}</p>
      ) : (
        <ul className="item-plays-when__entries">
          {entries.map((entry) => (
            <li key={entry.id} data-testid="plays-entry">
              <Link to={{ page: 'scheduleEdit', id: entry.id }}>{entry.name}</Link>
              {entry.enabled ? '' : ` (${t('plays.disabled')})`}: <WhenText entry={entry} />
              {entry.everyMinutes ? ` · ${t('plays.every', { n: entry.everyMinutes })}` : ''}
            </li>
          ))}
        </ul>
      )}
      {entries.length > 0 && direct && (
        <p className="alert alert--warning" data-testid="plays-contradiction">
          {t('plays.contradiction')}
        </p>
      )}
      {contentId !== null && (
        <p>
          <Link to={{ page: 'scheduleNew', contentId }} data-testid="plays-add">
            {t('plays.add')}
          </Link>
        </p>
      )}
    </section>
  );
}
