import type { PowerWindow } from '@bangtin/shared';
import type { FieldErrors } from '../ui/form/validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { weekdayKey } from '../schedule/describe.ts';

interface PowerScheduleFieldProps {
  windows: readonly PowerWindow[];
  errors: FieldErrors;
  onChange: (windows: PowerWindow[]) => void;
}

const WEEK = [1, 2, 3, 4, 5, 6, 7];
/** What most schools want first: lit on school days from before drop-off to after pick-up. */
const SCHOOL_DAY: PowerWindow = { days: [1, 2, 3, 4, 5], on: '06:30', off: '17:30' };

/**
 * The screen's on/off timetable: each row is the days it applies to and when the screen is lit. Outside every row the
 * kiosk shows plain black (emergencies still appear). No row = always on.
 */
export function PowerScheduleField({ windows, errors, onChange }: PowerScheduleFieldProps) {
  const { t } = useI18n();
  const setRow = (index: number, patch: Partial<PowerWindow>) => onChange(windows.map((w, i) => (i === index ? { ...w, ...patch } : w)));
  const toggleDay = (index: number, window: PowerWindow, day: number, on: boolean) =>
    setRow(index, { days: on ? [...window.days, day].sort() : window.days.filter((d) => d !== day) });
  const timeBox = (index: number, window: PowerWindow, edge: 'on' | 'off') => {
    const error = errors[`powerSchedule.${index}.${edge}`];
    return (
      <label className={`field power-row__time${error ? ' field--invalid' : ''}`}>
        <span className="field__label">{t(edge === 'on' ? 'power.on' : 'power.off')}</span>
        <input
          type="text"
          inputMode="numeric"
          placeholder="HH:MM"
          maxLength={5}
          autoComplete="off"
          value={window[edge]}
          aria-invalid={Boolean(error)}
          onChange={(e) => setRow(index, edge === 'on' ? { on: e.target.value } : { off: e.target.value })}
          data-testid={`power-${index}-${edge}`}
        />
        {error && <span className="field__error">{error}</span>}
      </label>
    );
  };

  return (
    <fieldset className="field power-schedule" data-testid="field-power-schedule">
      <legend className="field__label">{t('power.title')}</legend>
      <p className="field__hint">{t('power.hint')}</p>
      {windows.length === 0 ? (
        <p className="muted" data-testid="power-always-on">
          {t('power.alwaysOn')}
        </p>
      ) : (
        <ol className="power-list">
          {windows.map((window, index) => {
            const daysError = errors[`powerSchedule.${index}.days`];
            return (
              <li key={index} className="power-row" data-testid="power-row">
                <div className={`weekday-picker${daysError ? ' field--invalid' : ''}`} role="group" aria-label={t('power.days', { n: index + 1 })}>
                  {WEEK.map((day) => (
                    <label key={day} className={`weekday-chip${window.days.includes(day) ? ' weekday-chip--on' : ''}`}>
                      <input
                        type="checkbox"
                        checked={window.days.includes(day)}
                        onChange={(e) => toggleDay(index, window, day, e.target.checked)}
                        data-testid={`power-${index}-day-${day}`}
                      />
                      {t(weekdayKey(day))}
                    </label>
                  ))}
                </div>
                {daysError && <p className="field__error">{daysError}</p>}
                <div className="power-row__times">
                  {timeBox(index, window, 'on')}
                  {timeBox(index, window, 'off')}
                  <button
                    type="button"
                    className="button button--quiet-danger"
                    onClick={() => onChange(windows.filter((_, i) => i !== index))}
                    aria-label={t('power.remove', { n: index + 1 })}
                  >
                    ✕
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="button-row button-row--start">
        <button type="button" className="button button--small" onClick={() => onChange([...windows, SCHOOL_DAY])} data-testid="power-add">
          + {t('power.add')}
        </button>
      </div>
    </fieldset>
  );
}
