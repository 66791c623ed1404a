import { useState } from 'react';
import { DAY_MS, formatShortDateVi, fromWall, type ScheduleEntry } from '@bangtin/shared';
import type { ContentChoice } from './useContentChoices.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useI18n } from '../i18nContext.tsx';
import { weekdayKey } from './describe.ts';
import { instantAt } from './weekGrid.ts';
import { useApi } from '../session.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { PlanItems } from './PlanItems.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';

interface PlanPreviewProps {
  screenId: string;
  screenName: string;
  monday: number;
  timeZone: string;
  content: ReadonlyMap<string, ContentChoice>;
  entries: ReadonlyMap<string, ScheduleEntry>;
  /** Bumps when schedules change, so the answer is never stale. */
  version: string;
  /** Set from a click in the timeline: that day and time are asked. */
  ask: { column: number; clock: string } | null;
}

/** "What is on the gate screen at 07:15 on Monday?" — answered by the server's evaluator for the week shown. */
export function PlanPreview({ screenId, screenName, monday, timeZone, content, entries, version, ask }: PlanPreviewProps) {
  const api = useApi();
  const { t } = useI18n();
  const [picked, setPicked] = useState({ column: 0, clock: '07:15', from: ask });
  // A new click in the timeline replaces whatever was picked here (state derived from the prop, React's way).
  if (ask !== picked.from) setPicked({ ...(ask ?? picked), from: ask });
  const { column, clock } = picked;
  const valid = /^([01]\d|2[0-3]):[0-5]\d$/.test(clock);
  const at = valid ? instantAt(monday + column, clock, timeZone) : null;
  const plan = useLoad(at ? `${screenId}@${at.toISOString()}#${version}` : null, () =>
    at ? api.schedules.plan(at, screenId) : Promise.reject(new Error('no time')),
  );
  const result = plan.data?.plans.find((p) => p.screenId === screenId) ?? plan.data?.plans[0];

  return (
    <section className="form-section plan-preview" aria-labelledby="plan-preview-title" data-testid="plan-preview">
      <h2 id="plan-preview-title" className="form-section__heading">
        {t('timeline.previewTitle')}
      </h2>
      <div className="plan-preview__controls">
        <LabelledControl id="preview-day" label={t('timeline.previewDay')}>
          <select
            id="preview-day"
            value={column}
            onChange={(e) => setPicked({ ...picked, column: Number(e.target.value) })}
            data-testid="preview-day"
          >
            {Array.from({ length: 7 }, (_, i) => (
              <option key={i} value={i}>
                {t(weekdayKey(i + 1))} {formatShortDateVi(fromWall((monday + i) * DAY_MS, timeZone), timeZone)}
              </option>
            ))}
          </select>
        </LabelledControl>
        <LabelledControl id="preview-time" label={t('timeline.previewTime')}>
          <input
            id="preview-time"
            type="text" inputMode="numeric" placeholder="HH:MM" maxLength={5} autoComplete="off"
            value={clock}
            onChange={(e) => setPicked({ ...picked, clock: e.target.value })}
            data-testid="preview-time"
          />
        </LabelledControl>
      </div>
      <p className="plan-preview__question" data-testid="preview-question">
        {t('timeline.previewQuestion', { screen: screenName, day: t(weekdayKey(column + 1)), time: valid ? clock : '…' })}
      </p>
      {plan.loading && <Loading />}
      {plan.error !== undefined && <LoadFailure error={plan.error} onRetry={plan.retry} />}
      {result && (
        <>
          {result.emergencyId && (
            <p className="alert alert--warning" data-testid="preview-emergency">
              {t('timeline.previewEmergency')}
            </p>
          )}
          <PlanItems items={result.items} content={content} entries={entries} testId="preview-items" loop={result.loop} />
        </>
      )}
    </section>
  );
}
