import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18nContext.tsx';
import { addDays, addMonths, isoToText, monthGrid } from './dateText.ts';

interface CalendarPopoverProps {
  /** The chosen day (ISO) or null. */
  selected: string | null;
  /** The day that has focus when the calendar opens. */
  start: string;
  today: string;
  min?: string | undefined;
  onPick: (iso: string) => void;
  onClose: () => void;
}

const WEEKDAYS = ['date.mon', 'date.tue', 'date.wed', 'date.thu', 'date.fri', 'date.sat', 'date.sun'] as const;
const KEY_STEP: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** A month grid under a date input: Monday first, arrow keys move by day and week, Page Up/Down by month. */
export function CalendarPopover({ selected, start, today, min, onPick, onClose }: CalendarPopoverProps) {
  const { t } = useI18n();
  const [focused, setFocused] = useState(start);
  const root = useRef<HTMLDivElement>(null);
  const [year, month] = focused.split('-').map(Number) as [number, number];

  useEffect(() => {
    root.current?.querySelector<HTMLButtonElement>(`[data-iso="${focused}"]`)?.focus();
  }, [focused]);

  // A click anywhere else closes it, as a menu would.
  useEffect(() => {
    const away = (event: PointerEvent) => {
      const host = root.current?.parentElement;
      if (host && event.target instanceof Node && !host.contains(event.target)) onClose();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = KEY_STEP[event.key];
    if (step !== undefined) setFocused((day) => addDays(day, step));
    else if (event.key === 'PageUp' || event.key === 'PageDown') setFocused((day) => addMonths(day, event.key === 'PageUp' ? -1 : 1));
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={root} className="calendar" role="dialog" aria-label={t('date.calendar')} onKeyDown={onKeyDown} data-testid="calendar">
      <div className="calendar__head">
        <button type="button" className="calendar__nav" aria-label={t('date.prevMonth')} onClick={() => setFocused(addMonths(focused, -1))}>
          ‹
        </button>
        <span className="calendar__title" aria-live="polite">
          {t('date.monthYear', { month, year })}
        </span>
        <button type="button" className="calendar__nav" aria-label={t('date.nextMonth')} onClick={() => setFocused(addMonths(focused, 1))}>
          ›
        </button>
      </div>
      <table className="calendar__grid" role="grid">
        <thead>
          <tr>
            {WEEKDAYS.map((key) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(year, month).map((week) => (
            <tr key={week[0]?.iso}>
              {week.map((day) => {
                const classes = ['calendar__day', !day.inMonth && 'calendar__day--outside', day.iso === today && 'calendar__day--today', day.iso === selected && 'calendar__day--selected'];
                return (
                  <td key={day.iso}>
                    <button
                      type="button"
                      className={classes.filter(Boolean).join(' ')}
                      tabIndex={day.iso === focused ? 0 : -1}
                      aria-label={isoToText(day.iso)}
                      aria-pressed={day.iso === selected}
                      disabled={min !== undefined && day.iso < min}
                      onClick={() => onPick(day.iso)}
                      data-iso={day.iso}
                    >
                      {day.day}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="calendar__foot">
        <button type="button" className="button button--small" onClick={() => onPick(today)}>
          {t('date.today')}
        </button>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
