import type { ScheduleEntry } from '@bangtin/shared';
import type { TimingValues } from '../content/timingValues.ts';
import { useI18n } from '../i18nContext.tsx';
import { Link } from '../router.tsx';
import type { FieldErrors } from '../ui/form/validation.ts';
import { FrequencyFields, shareLabel } from './FrequencyFields.tsx';
import { useScheduleBundle } from './useScheduleBundle.ts';
import { WeeklyRuleFields } from './WeeklyRuleFields.tsx';
import { WhenText } from './WhenText.tsx';

interface ItemPlaysWhenProps {
  /** The stored item (null while it is being written for the first time: no schedule can name it yet). */
  contentId: string | null;
  /** Where the editor assigns it directly (its base rotation). */
  screens: 'all' | readonly string[];
  timing: TimingValues;
  /** The form's errors; this section reads those under `timing.` */
  errors: FieldErrors;
  onChange: (timing: TimingValues) => void;
}

/** The schema's `timing.weekly.…` and `timing.…` errors under the names the shared weekly and frequency fields read. */
function timingErrors(errors: FieldErrors): { weekly: FieldErrors; everyMinutes: string | undefined; sharePercent: string | undefined } {
  const weekly: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith('timing.weekly.')) weekly[`rule.${path.slice('timing.weekly.'.length)}`] = message;
  }
  return { weekly, everyMinutes: errors['timing.everyMinutes'], sharePercent: errors['timing.sharePercent'] };
}

/**
 * "Khi nào phát", beside "where" in every item's own editor (the editor shell renders it, so each content type has it):
 * always, or on chosen days inside time windows (a window over midnight asks "Qua nửa đêm?"), and how often it comes
 * round — saved on the item (`timing`) and read by the one schedule evaluator. Below, the schedule entries that also
 * play it, each in words with a link: they add showings at their own times, and the section says so.
 */
export function ItemPlaysWhen({ contentId, screens, timing, errors, onChange }: ItemPlaysWhenProps) {
  const { t } = useI18n();
  const bundle = useScheduleBundle();
  const playlists = bundle.data?.playlists ?? [];
  const dayparts = bundle.data?.dayparts ?? [];
  const playing = (entry: ScheduleEntry) =>
    contentId !== null &&
    (entry.contentIds.includes(contentId) || (entry.playlistId !== null && (playlists.find((p) => p.id === entry.playlistId)?.contentIds ?? []).includes(contentId)));
  const entries = (bundle.data?.entries ?? []).filter(playing);
  const direct = screens === 'all' || screens.length > 0;
  const mapped = timingErrors(errors);
  const set = (patch: Partial<TimingValues>) => onChange({ ...timing, ...patch });

  return (
    <section className="form-section item-plays-when" aria-labelledby="item-plays-when-title" data-testid="item-plays-when">
      <h2 id="item-plays-when-title" className="form-section__title">
        {t('plays.title')}
      </h2>
      {!direct && entries.length === 0 && (
        <p className="alert alert--info" data-testid="plays-nowhere">
          {t('plays.nowhere')}
        </p>
      )}
      <div className="segmented" role="radiogroup" aria-label={t('plays.title')}>
        {(['always', 'weekly'] as const).map((mode) => (
          <label key={mode} className={`segmented__option${timing.mode === mode ? ' segmented__option--on' : ''}`}>
            <input type="radio" name="plays-mode" checked={timing.mode === mode} onChange={() => set({ mode })} data-testid={`plays-mode-${mode}`} />
            {t(mode === 'always' ? 'plays.modeAlways' : 'plays.modeWeekly')}
          </label>
        ))}
      </div>
      {timing.mode === 'always' ? (
        <p className="muted" data-testid="plays-always">
          {t('plays.always')}
        </p>
      ) : (
        <div className="item-plays-when__weekly" data-testid="plays-weekly">
          <WeeklyRuleFields days={timing.days} windows={timing.windows} dayparts={dayparts} errors={mapped.weekly} onChange={set} />
        </div>
      )}
      <FrequencyFields
        name="plays"
        everyMinutes={timing.everyMinutes}
        sharePercent={timing.sharePercent}
        errors={mapped}
        onChange={set}
      />
      {entries.length > 0 && (
        <>
          <h3 className="form-section__subtitle">{t('plays.entriesTitle')}</h3>
          <ul className="item-plays-when__entries">
            {entries.map((entry) => (
              <li key={entry.id} data-testid="plays-entry">
                <Link to={{ page: 'scheduleEdit', id: entry.id }}>{entry.name}</Link>
                {entry.enabled ? '' : ` (${t('plays.disabled')})`}: <WhenText entry={entry} />
                {entry.everyMinutes ? ` · ${t('plays.every', { n: entry.everyMinutes })}` : ''}
                {entry.sharePercent ? ` · ${t('plays.share', { share: shareLabel(entry.sharePercent) })}` : ''}
              </li>
            ))}
          </ul>
          {direct && (
            <p className="alert alert--warning" data-testid="plays-contradiction">
              {t(timing.mode === 'always' ? 'plays.contradiction' : 'plays.alsoEntries')}
            </p>
          )}
        </>
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
