import { DAY_MS, formatShortDateVi, fromWall, toWall, type ScheduleEntry, type TimelineSegment } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { weekdayKey } from './describe.ts';
import { weekBlocks, type WeekBlock } from './weekGrid.ts';

interface WeekTimelineProps {
  segments: readonly TimelineSegment[];
  /** Wall day number of the Monday shown. */
  monday: number;
  timeZone: string;
  now: Date;
  entries: ReadonlyMap<string, ScheduleEntry>;
  colours: ReadonlyMap<string, string>;
  selected: WeekBlock | null;
  onSelect: (block: WeekBlock) => void;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * Seven day columns × 24 hours on the school's wall clock. A block is a stretch where schedule entries (or an
 * emergency notice) decide what plays; the empty background is the screen's default rotation.
 */
export function WeekTimeline({ segments, monday, timeZone, now, entries, colours, selected, onSelect }: WeekTimelineProps) {
  const { t } = useI18n();
  const blocks = weekBlocks(segments, monday, timeZone);
  const nowWall = toWall(now, timeZone);
  const nowColumn = Math.floor(nowWall / DAY_MS) - monday;
  const nowMinute = Math.floor((nowWall % DAY_MS) / 60_000);
  const nameOf = (id: string) => entries.get(id)?.name ?? t('timeline.unknownEntry');

  const labelOf = (block: WeekBlock) => {
    const who = block.segment.emergencyId ? t('timeline.emergency') : block.segment.activeEntryIds.map(nameOf).join(', ');
    return `${t(weekdayKey(block.column + 1))} ${clock(block.startMinute)}–${clock(block.endMinute)}: ${who}`;
  };

  return (
    <div className="week-grid" role="group" aria-label={t('timeline.gridLabel')} data-testid="week-grid">
      <div className="week-grid__corner" aria-hidden="true" />
      {Array.from({ length: 7 }, (_, column) => (
        <div key={column} className={`week-grid__day${column === nowColumn ? ' week-grid__day--today' : ''}`}>
          <span>{t(weekdayKey(column + 1))}</span>
          <span className="muted">{formatShortDateVi(fromWall((monday + column) * DAY_MS, timeZone), timeZone).slice(0, 5)}</span>
        </div>
      ))}
      <div className="week-grid__hours" aria-hidden="true">
        {HOURS.map((hour) => (
          <span key={hour} className="week-grid__hour">
            {clock(hour * 60)}
          </span>
        ))}
      </div>
      {Array.from({ length: 7 }, (_, column) => (
        <div key={column} className="week-grid__column" data-testid={`week-column-${column + 1}`}>
          {blocks
            .filter((block) => block.column === column)
            .map((block) => {
              const first = block.segment.activeEntryIds[0];
              const emergency = block.segment.emergencyId !== null;
              const isSelected = selected?.segment === block.segment && selected.column === block.column;
              return (
                <button
                  key={`${block.segment.from}-${column}`}
                  type="button"
                  className={`week-block${emergency ? ' week-block--emergency' : ''}${isSelected ? ' week-block--selected' : ''}`}
                  style={{
                    top: `${(block.startMinute / 1440) * 100}%`,
                    height: `${((block.endMinute - block.startMinute) / 1440) * 100}%`,
                    background: emergency ? undefined : colours.get(first ?? ''),
                  }}
                  onClick={() => onSelect(block)}
                  aria-label={labelOf(block)}
                  aria-pressed={isSelected}
                  title={labelOf(block)}
                  data-testid="week-block"
                  data-entries={block.segment.activeEntryIds.join(' ')}
                  data-start={clock(block.startMinute)}
                  data-end={clock(block.endMinute)}
                >
                  <span className="week-block__text">
                    {emergency ? t('timeline.emergency') : block.segment.activeEntryIds.map(nameOf).join(' + ')}
                  </span>
                </button>
              );
            })}
          {column === nowColumn && (
            <div className="week-grid__now" style={{ top: `${(nowMinute / 1440) * 100}%` }} data-testid="now-line">
              <span className="visually-hidden">{t('timeline.now', { time: clock(nowMinute) })}</span>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
