import type { Playlist, ScheduleEntry, Screen } from '@bangtin/shared';
import type { ContentChoice } from './useContentChoices.ts';
import { useI18n } from '../i18nContext.tsx';
import { Link, useRouter } from '../router.tsx';
import { entryColours } from './weekGrid.ts';
import { WhenText } from './WhenText.tsx';
import { TableHead } from '../ui/TableHead.tsx';

interface ScheduleTableProps {
  entries: ScheduleEntry[];
  /** Every entry (not just this page), so colours match the week timeline. */
  all: readonly ScheduleEntry[];
  content: ReadonlyMap<string, ContentChoice>;
  playlists: readonly Playlist[];
  screens: readonly Screen[];
}

/** Name, what, where, when in words, priority, mode, on/off. Rows become cards on phones (content-table CSS). */
export function ScheduleTable({ entries, all, content, playlists, screens }: ScheduleTableProps) {
  const { t } = useI18n();
  const colours = entryColours(all);
  const { navigate } = useRouter();

  const what = (entry: ScheduleEntry) => {
    if (entry.playlistId) {
      const playlist = playlists.find((p) => p.id === entry.playlistId);
      return t('schedule.whatPlaylist', { name: playlist?.name ?? '?' });
    }
    const first = content.get(entry.contentIds[0] ?? '')?.label ?? '?';
    return entry.contentIds.length > 1 ? t('schedule.whatMany', { first, more: entry.contentIds.length - 1 }) : first;
  };
  const where = (entry: ScheduleEntry) => {
    if (entry.screens === 'all') return t('field.allScreens');
    const names = entry.screens.screenIds.map((id) => screens.find((s) => s.id === id)?.name ?? id);
    const groups = entry.screens.groups.map((g) => t('schedule.groupNamed', { group: g }));
    return [...names, ...groups].join(', ') || t('list.noScreens');
  };

  return (
    <table className="content-table schedule-table">
      <TableHead columns={[t('schedule.colName'), t('schedule.colWhat'), t('schedule.colWhere'), t('schedule.colWhen'), t('schedule.colPriority'), t('schedule.colMode'), t('schedule.colEnabled')]} />
      <tbody>
        {entries.map((entry) => {
          const route = { page: 'scheduleEdit', id: entry.id } as const;
          return (
            <tr
              key={entry.id}
              data-testid="schedule-row"
              data-id={entry.id}
              className={entry.enabled ? undefined : 'schedule-table__off'}
              onClick={(event) => {
                if (event.target instanceof Element && event.target.closest('a')) return;
                void navigate(route);
              }}
            >
              <td className="content-table__title">
                <Link to={route}>
                  <span className="schedule-swatch" aria-hidden="true" style={{ background: colours.get(entry.id) }} />
                  {entry.name}
                </Link>
              </td>
              <td data-label={t('schedule.colWhat')}>{what(entry)}</td>
              <td data-label={t('schedule.colWhere')}>{where(entry)}</td>
              <td data-label={t('schedule.colWhen')}>
                <WhenText entry={entry} />
              </td>
              <td data-label={t('schedule.colPriority')}>{entry.priority}</td>
              <td data-label={t('schedule.colMode')}>{t(entry.mode === 'add' ? 'schedule.modeAdd' : 'schedule.modeReplace')}</td>
              <td data-label={t('schedule.colEnabled')}>
                <span className={`badge ${entry.enabled ? 'badge--approved' : 'badge--draft'}`}>
                  {t(entry.enabled ? 'schedule.on' : 'schedule.off')}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
