import type { PlannedItem, ScheduleEntry } from '@bangtin/shared';
import type { ContentChoice } from './useContentChoices.ts';
import { useI18n } from '../i18nContext.tsx';

interface PlanItemsProps {
  items: readonly PlannedItem[];
  content: ReadonlyMap<string, ContentChoice>;
  entries: ReadonlyMap<string, ScheduleEntry>;
  testId: string;
}

/** The items a screen would play, in order, each with why: the entry that put it there or the default rotation. */
export function PlanItems({ items, content, entries, testId }: PlanItemsProps) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="muted">{t('timeline.nothing')}</p>;
  return (
    <ol className="plan-items" data-testid={testId}>
      {items.map((item) => (
        <li key={item.contentId} data-testid="plan-item" data-content={item.contentId}>
          <span className="plan-items__label">{content.get(item.contentId)?.label ?? item.contentId}</span>
          <span className="plan-items__why muted" data-testid="plan-why">
            {item.entryId
              ? t('timeline.because', { name: entries.get(item.entryId)?.name ?? item.entryId })
              : t('timeline.becauseDefault')}
            {item.durationSeconds !== null && ` · ${t('timeline.slideSeconds', { n: item.durationSeconds })}`}
          </span>
        </li>
      ))}
    </ol>
  );
}
