import { useMemo } from 'react';
import { formatDateTimeVi, zonedParts } from '@bangtin/shared';
import type { FieldErrors } from '../ui/form/validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';
import { useCronDescription } from './cronText.ts';
import { previewCron } from './cronRuns.ts';
import { weekdayKey } from './describe.ts';
import { Field } from '../ui/form/Field.tsx';

interface CronRuleFieldsProps {
  expression: string;
  durationMinutes: string;
  dateFrom: string;
  dateUntil: string;
  errors: FieldErrors;
  onChange: (patch: { expression?: string; durationMinutes?: string }) => void;
}

/**
 * Advanced mode: a 5-field cron expression opens a window of N minutes at each run. Beside it: cronstrue's
 * Vietnamese description, the next five runs from the shared engine (the same one the server and kiosks use),
 * and the day rule stated plainly, with a warning when both day fields are set.
 */
export function CronRuleFields({ expression, durationMinutes, dateFrom, dateUntil, errors, onChange }: CronRuleFieldsProps) {
  const { t, language } = useI18n();
  const timeZone = useTimeZone();
  const description = useCronDescription(expression, language);
  // Recomputed as the office types; "now" is taken at that moment (a preview, not a clock).
  const preview = useMemo(() => previewCron(expression, { dateFrom, dateUntil }, new Date(), timeZone), [expression, dateFrom, dateUntil, timeZone]);

  return (
    <div className="cron-fields">
      <div className="field-row">
        <Field name="rule.expression" label={t('schedule.cronExpression')} hint={t('schedule.cronHint')} error={errors['rule.expression']}>
          {(control) => (
            <input
              {...control}
              type="text"
              className="cron-input"
              autoCapitalize="none"
              autoComplete="off"
              spellCheck={false}
              value={expression}
              onChange={(e) => onChange({ expression: e.target.value })}
            />
          )}
        </Field>
        <Field name="rule.durationMinutes" label={t('schedule.cronDuration')} hint={t('schedule.cronDurationHint')} error={errors['rule.durationMinutes']}>
          {(control) => (
            <input {...control} type="number" inputMode="numeric" min={1} max={10080} value={durationMinutes} onChange={(e) => onChange({ durationMinutes: e.target.value })} />
          )}
        </Field>
      </div>
      <div className="cron-preview" aria-live="polite" data-testid="cron-preview">
        {preview.error ? (
          <p className="field__warning" data-testid="cron-parse-error">
            {t('schedule.cronInvalid', { message: preview.error })}
          </p>
        ) : (
          <>
            <p className="cron-preview__description" data-testid="cron-description">
              {description ?? '…'}
            </p>
            <p className="cron-preview__heading">{t('schedule.nextRuns')}</p>
            {preview.runs.length === 0 ? (
              <p className="muted">{t('schedule.noRuns')}</p>
            ) : (
              <ol className="cron-preview__runs" data-testid="cron-runs">
                {preview.runs.map((run) => (
                  <li key={run.toISOString()}>
                    {t(weekdayKey(zonedParts(run, timeZone).weekday))} {formatDateTimeVi(run, timeZone)}
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
        <p className="cron-preview__rule">{t('schedule.cronAndRule')}</p>
        {preview.setsBothDayFields && (
          <p className="alert alert--warning" role="status" data-testid="cron-both-days">
            {t('schedule.cronBothDays')}
          </p>
        )}
      </div>
    </div>
  );
}
