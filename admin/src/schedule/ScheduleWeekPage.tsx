import { useEffect, useMemo, useState } from 'react';
import { DAY_MS, formatShortDateVi, fromWall } from '@bangtin/shared';
import { PlanItems } from './PlanItems.tsx';
import { PlanPreview } from './PlanPreview.tsx';
import { ScheduleTabs } from './ScheduleTabs.tsx';
import { WeekTimeline } from './WeekTimeline.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useScheduleSources } from './useScheduleSources.ts';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';
import { weekdayKey } from './describe.ts';
import { entryColours, mondayOf, weekBounds, type WeekBlock } from './weekGrid.ts';
import { useApi } from '../session.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { NamedOptions } from '../ui/form/Options.tsx';

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** A week per screen of what plays when (the server's evaluator over the week), and "what plays at …?". */
export function ScheduleWeekPage() {
  const api = useApi();
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const { bundle, screens, content } = useScheduleSources();
  const [now, setNow] = useState(() => new Date());
  const [chosenScreen, setChosenScreen] = useState<string | null>(null);
  const [weekOffset, setWeekOffset] = useState(0);
  const [selected, setSelected] = useState<WeekBlock | null>(null);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  const screenList = screens.data ?? [];
  const screen = screenList.find((s) => s.id === chosenScreen) ?? screenList[0];
  const monday = mondayOf(now, timeZone) + 7 * weekOffset;
  const entries = useMemo(() => new Map((bundle.data?.entries ?? []).map((e) => [e.id, e] as const)), [bundle.data]);
  const colours = useMemo(() => entryColours(bundle.data?.entries ?? []), [bundle.data]);
  // Any schedule change (pushed) changes the bundle's identity: the timeline is fetched again.
  const version = useMemo(() => JSON.stringify((bundle.data?.entries ?? []).map((e) => [e.id, e.version])), [bundle.data]);
  const { from, until } = weekBounds(monday, timeZone);
  const timeline = useLoad(screen ? `${screen.id}|${monday}|${version}` : null, () =>
    screen ? api.schedules.timeline(screen.id, from, until) : Promise.resolve({ segments: [] }),
  );

  // One object per selection: the preview compares it by identity to notice a new click.
  const ask = useMemo(() => (selected ? { column: selected.column, clock: clock(selected.startMinute) } : null), [selected]);
  const weekLabel = `${formatShortDateVi(from, timeZone)} – ${formatShortDateVi(fromWall((monday + 6) * DAY_MS, timeZone), timeZone)}`;

  return (
    <section className="schedule-week" aria-labelledby="week-title">
      <PageHeader titleId="week-title" title={t('nav.scheduleWeek')} />
      <ScheduleTabs />
      <p className="muted">{t('timeline.intro')}</p>
      {screens.error !== undefined && <LoadFailure error={screens.error} onRetry={screens.retry} />}
      {screens.loading && <Loading />}
      {screens.data?.length === 0 && <p className="empty">{t('screens.empty')}</p>}
      {screen && (
        <>
          <div className="week-toolbar">
            <LabelledControl id="week-screen" label={t('timeline.screen')}>
              <select
                id="week-screen"
                value={screen.id}
                onChange={(e) => {
                  setChosenScreen(e.target.value);
                  setSelected(null);
                }}
                data-testid="week-screen"
              >
                <NamedOptions items={screenList} />
              </select>
            </LabelledControl>
            <div className="week-toolbar__nav" role="group" aria-label={t('timeline.weekNav')}>
              <button type="button" className="button" onClick={() => setWeekOffset((w) => w - 1)} data-testid="week-prev">
                ← {t('timeline.prevWeek')}
              </button>
              <button type="button" className="button" disabled={weekOffset === 0} onClick={() => setWeekOffset(0)} data-testid="week-this">
                {t('timeline.thisWeek')}
              </button>
              <button type="button" className="button" onClick={() => setWeekOffset((w) => w + 1)} data-testid="week-next">
                {t('timeline.nextWeek')} →
              </button>
            </div>
            <p className="week-toolbar__label" aria-live="polite" data-testid="week-label">
              {weekLabel}
            </p>
          </div>
          {timeline.error !== undefined && <LoadFailure error={timeline.error} onRetry={timeline.retry} />}
          <div className="week-grid__scroller">
            <WeekTimeline
              segments={timeline.data?.segments ?? []}
              monday={monday}
              timeZone={timeZone}
              now={now}
              entries={entries}
              colours={colours}
              selected={selected}
              onSelect={setSelected}
            />
          </div>
          <p className="muted week-legend">{t('timeline.legend')}</p>
          {selected && (
            <section className="form-section block-details" aria-live="polite" data-testid="block-details">
              <h2 className="form-section__heading">
                {t(weekdayKey(selected.column + 1))} {clock(selected.startMinute)}–{clock(selected.endMinute)}
              </h2>
              {selected.segment.activeEntryIds.length > 0 && (
                <p>
                  {t('timeline.activeEntries')}{' '}
                  {selected.segment.activeEntryIds.map((id) => entries.get(id)?.name ?? id).join(', ')}
                </p>
              )}
              <PlanItems items={selected.segment.items} content={content.byId} entries={entries} testId="block-items" />
            </section>
          )}
          <PlanPreview
            screenId={screen.id}
            screenName={screen.name}
            monday={monday}
            timeZone={timeZone}
            content={content.byId}
            entries={entries}
            version={version}
            ask={ask}
          />
        </>
      )}
    </section>
  );
}
