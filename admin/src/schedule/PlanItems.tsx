import { formatNumberVi, type PlannedItem, type ScheduleEntry } from '@bangtin/shared';
import type { ContentChoice } from './useContentChoices.ts';
import { useI18n } from '../i18nContext.tsx';
import { shareLabel } from './FrequencyFields.tsx';

/** The server's loop figures for a plan: its length and how often each item comes round. */
export interface LoopFigures {
  seconds: number;
  items: { contentId: string; seconds: number; plays: number; perHour: number; longestGapSeconds: number }[];
}

interface PlanItemsProps {
  items: readonly PlannedItem[];
  content: ReadonlyMap<string, ContentChoice>;
  entries: ReadonlyMap<string, ScheduleEntry>;
  testId: string;
  /** Given on the screen's plan: the loop length and plays per hour beside each item. */
  loop?: LoopFigures | undefined;
}

/** "3 phút 20 giây", "45 giây". */
function duration(seconds: number, t: ReturnType<typeof useI18n>['t']): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return [minutes ? t('unit.minutes', { n: minutes }) : '', rest || !minutes ? t('unit.seconds', { n: rest }) : ''].filter(Boolean).join(' ');
}

/** The items a screen would play, in order, each with why: the entry that put it there or the base rotation. */
export function PlanItems({ items, content, entries, testId, loop }: PlanItemsProps) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="muted">{t('timeline.nothing')}</p>;
  const figures = new Map(loop?.items.map((f) => [f.contentId, f] as const));
  // A video's time is its file's (× plays): shown instead of an entry's seconds, which it does not obey.
  const isVideo = (id: string) => content.get(id)?.item.type === 'video';
  const showings = loop?.items.reduce((sum, f) => sum + f.plays, 0) ?? 0;
  return (
    <>
      {loop && (
        <p className="plan-items__loop" data-testid="plan-loop">
          {t('timeline.loopLength', { length: duration(loop.seconds, t), count: showings })}
        </p>
      )}
      <ol className="plan-items" data-testid={testId}>
        {items.map((item) => {
          const f = figures.get(item.contentId);
          return (
            <li key={item.contentId} data-testid="plan-item" data-content={item.contentId}>
              <span className="plan-items__label">{content.get(item.contentId)?.label ?? item.contentId}</span>
              <span className="plan-items__why muted" data-testid="plan-why">
                {item.entryId
                  ? t('timeline.because', { name: entries.get(item.entryId)?.name ?? item.entryId })
                  : t('timeline.becauseDefault')}
                {item.durationSeconds !== null && !isVideo(item.contentId) && ` · ${t('timeline.slideSeconds', { n: item.durationSeconds })}`}
                {f && isVideo(item.contentId) && ` · ${t('video.planSeconds', { length: duration(f.seconds, t) })}`}
                {item.everyMinutes !== null && ` · ${t('plays.every', { n: item.everyMinutes })}`}
                {item.sharePercent !== null && ` · ${t('plays.share', { share: shareLabel(item.sharePercent) })}`}
              </span>
              {f && f.plays > 0 && (
                <span className="plan-items__often" data-testid="plan-often" title={t('timeline.longestGap', { every: duration(f.longestGapSeconds, t) })}>
                  {t('timeline.perHour', { n: formatNumberVi(Math.round(f.perHour * 10) / 10), every: duration(loop ? loop.seconds / f.plays : 0, t) })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
