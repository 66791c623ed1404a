import type { ContentItem, Screen } from '@bangtin/shared';
import type { ScheduleBundle } from '../api/scheduleClient.ts';
import { useI18n } from '../i18nContext.tsx';
import { WhenText } from '../schedule/WhenText.tsx';
import { shareLabel } from '../schedule/FrequencyFields.tsx';

interface WhereWhenProps {
  item: ContentItem;
  screens: readonly Screen[];
  schedules: ScheduleBundle | undefined;
}

/** Where (screens and groups by name) and when (each schedule entry's sentence) the item will play once approved. */
export function WhereWhen({ item, screens, schedules }: WhereWhenProps) {
  const { t } = useI18n();
  const nameOf = (id: string) => screens.find((s) => s.id === id)?.name ?? id;
  const direct = item.screens === 'all' ? [t('field.allScreens')] : item.screens.map(nameOf);
  const inPlaylists = new Set((schedules?.playlists ?? []).filter((p) => p.contentIds.includes(item.id)).map((p) => p.id));
  const entries = (schedules?.entries ?? []).filter((e) => e.enabled && (e.contentIds.includes(item.id) || (e.playlistId !== null && inPlaylists.has(e.playlistId))));
  const targets = (entry: (typeof entries)[number]) =>
    entry.screens === 'all' ? t('field.allScreens') : [...entry.screens.screenIds.map(nameOf), ...entry.screens.groups.map((g) => `${t('approvals.screen')} ${g}`)].join(', ');
  return (
    <div className="where-when" data-testid="approval-where-when">
      <div className="details__row">
        <dt>{t('approvals.where')}</dt>
        <dd>{direct.length > 0 ? direct.join(', ') : entries.length > 0 ? '—' : t('approvals.nowhere')}</dd>
      </div>
      <div className="details__row">
        <dt>{t('approvals.when')}</dt>
        <dd>
          {direct.length > 0 && (
            <span className="where-when__line" data-testid="approval-own-when">
              {/* The item's own "Khi nào phát" (its editor), else all day. */}
              {item.timing?.weekly ? <WhenText entry={{ rule: { kind: 'weekly', ...item.timing.weekly }, dateFrom: null, dateUntil: null }} /> : t('approvals.whenAlways')}
              {item.timing?.everyMinutes ? ` · ${t('plays.every', { n: item.timing.everyMinutes })}` : ''}
              {item.timing?.sharePercent ? ` · ${t('plays.share', { share: shareLabel(item.timing.sharePercent) })}` : ''}
            </span>
          )}
          {entries.map((entry) => (
            <span key={entry.id} className="where-when__line">
              <strong>{entry.name}</strong> ({targets(entry)}): <WhenText entry={entry} />
            </span>
          ))}
        </dd>
      </div>
    </div>
  );
}
