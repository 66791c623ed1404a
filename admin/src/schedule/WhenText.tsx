import type { ScheduleEntry } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useCronDescription } from './cronText.ts';
import { describeDates, describeMinutes, describeWeekly } from './describe.ts';

/** "When" in words: weekdays and windows, or the cron rule described by cronstrue, then the date range. */
export function WhenText({ entry }: { entry: Pick<ScheduleEntry, 'rule' | 'dateFrom' | 'dateUntil'> }) {
  const { t, language } = useI18n();
  const { rule } = entry;
  const cron = useCronDescription(rule.kind === 'cron' ? rule.expression : '', language);
  const dates = describeDates(entry, t);
  return (
    <span className="when-text">
      {rule.kind === 'weekly' ? (
        describeWeekly(rule, t)
      ) : (
        <>
          <code className="cron-code">{rule.expression}</code> {cron ? `· ${cron}` : ''}{' '}
          {t('when.forDuration', { duration: describeMinutes(rule.durationMinutes, t) })}
        </>
      )}
      {dates && <span className="muted"> · {dates}</span>}
    </span>
  );
}
