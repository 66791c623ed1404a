import type { Daypart, TimeWindow } from '@bangtin/shared';
import type { FieldErrors } from '../ui/form/validation.ts';
import { useI18n } from '../i18nContext.tsx';
import { crossesMidnight, weekdayKey } from './describe.ts';

/** Shown when the school has not saved its own presets yet (the two examples). */
export const DEFAULT_DAYPARTS: readonly Daypart[] = [
  { id: 'don-tre', name: 'Giờ đón trẻ', start: '06:45', end: '08:00' },
  { id: 'tra-tre', name: 'Giờ trả trẻ', start: '16:00', end: '17:30' },
];

interface WeeklyRuleFieldsProps {
  days: readonly number[];
  windows: readonly TimeWindow[];
  dayparts: readonly Daypart[];
  errors: FieldErrors;
  onChange: (patch: { days?: number[]; windows?: TimeWindow[] }) => void;
}

const WEEK = [1, 2, 3, 4, 5, 6, 7];

/** Weekdays (Thứ Hai … Chủ nhật) and daily windows; a daypart button adds its window in one click. */
export function WeeklyRuleFields({ days, windows, dayparts, errors, onChange }: WeeklyRuleFieldsProps) {
  const { t } = useI18n();
  const presets = dayparts.length > 0 ? dayparts : DEFAULT_DAYPARTS;
  const setWindow = (index: number, patch: Partial<TimeWindow>) =>
    onChange({ windows: windows.map((w, i) => (i === index ? { ...w, ...patch } : w)) });
  /** One edge of a time window: its label, the HH:MM box, and the invalid look when the schema refused it. */
  const timeField = (index: number, window: TimeWindow, edge: 'start' | 'end', error: string | undefined) => (
    <label className={`field window-row__time${error ? ' field--invalid' : ''}`}>
      <span className="field__label">{t(edge === 'start' ? 'schedule.windowStart' : 'schedule.windowEnd')}</span>
      <input
        type="text" inputMode="numeric" placeholder="HH:MM" maxLength={5} autoComplete="off"
        value={window[edge]}
        aria-invalid={Boolean(error)}
        onChange={(e) => setWindow(index, edge === 'start' ? { start: e.target.value } : { end: e.target.value })}
        data-testid={`window-${index}-${edge}`}
      />
    </label>
  );
  const hasPreset = (p: Daypart) => windows.some((w) => w.start === p.start && w.end === p.end);
  const daysError = errors['rule.days'];

  return (
    <>
      <fieldset className={`field${daysError ? ' field--invalid' : ''}`} data-testid="field-days">
        <legend className="field__label">{t('schedule.days')}</legend>
        <div className="weekday-picker">
          {WEEK.map((day) => (
            <label key={day} className={`weekday-chip${days.includes(day) ? ' weekday-chip--on' : ''}`}>
              <input
                type="checkbox"
                checked={days.includes(day)}
                onChange={(e) => onChange({ days: e.target.checked ? [...days, day] : days.filter((d) => d !== day) })}
                data-testid={`day-${day}`}
              />
              {t(weekdayKey(day))}
            </label>
          ))}
        </div>
        <div className="button-row button-row--start">
          <button type="button" className="button button--small" onClick={() => onChange({ days: [1, 2, 3, 4, 5] })}>
            {t('schedule.schoolDays')}
          </button>
          <button type="button" className="button button--small" onClick={() => onChange({ days: WEEK })}>
            {t('when.everyDay')}
          </button>
        </div>
        {daysError && (
          <p className="field__error" data-testid="error-rule.days">
            {daysError}
          </p>
        )}
      </fieldset>

      <fieldset className="field" data-testid="field-windows">
        <legend className="field__label">{t('schedule.windows')}</legend>
        <p className="field__hint">{t('schedule.windowsHint')}</p>
        <div className="button-row button-row--start daypart-presets">
          {presets.map((preset) => (
            <button
              key={preset.id}
              type="button"
              className="button button--small"
              disabled={hasPreset(preset)}
              onClick={() => onChange({ windows: [...windows, { start: preset.start, end: preset.end, ...(crossesMidnight(preset) ? { overnight: true } : {}) }] })}
              data-testid={`preset-${preset.id}`}
            >
              + {preset.name} {preset.start}–{preset.end}
            </button>
          ))}
        </div>
        {windows.length === 0 ? (
          <p className="muted" data-testid="windows-all-day">
            {t('schedule.noWindows')}
          </p>
        ) : (
          <ol className="window-list">
            {windows.map((window, index) => {
              const startError = errors[`rule.windows.${index}.start`];
              const endError = errors[`rule.windows.${index}.end`];
              return (
                <li key={index} className="window-row" data-testid="window-row">
                  {timeField(index, window, 'start', startError)}
                  {timeField(index, window, 'end', endError)}
                  <button
                    type="button"
                    className="button button--quiet-danger window-row__remove"
                    onClick={() => onChange({ windows: windows.filter((_, i) => i !== index) })}
                    aria-label={t('schedule.removeWindow', { n: index + 1 })}
                  >
                    ✕
                  </button>
                  {window.start && window.end && crossesMidnight(window) && (
                    // Asked, never assumed: 08:00→07:00 typed by mistake must not become a 23-hour window.
                    <label className="choice window-row__note" data-testid={`window-${index}-overnight`}>
                      <input
                        type="checkbox"
                        checked={window.overnight === true}
                        onChange={(e) => setWindow(index, { overnight: e.target.checked })}
                        data-testid={`window-${index}-overnight-confirm`}
                      />
                      <span>{window.overnight === true ? t('schedule.overnight', { end: window.end }) : t('schedule.overnightAsk', { end: window.end })}</span>
                    </label>
                  )}
                  {(startError ?? endError) && (
                    <p className="field__error window-row__error" data-testid={`error-rule.windows.${index}`}>
                      {startError ?? endError}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        <div className="button-row button-row--start">
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange({ windows: [...windows, { start: '07:00', end: '08:00' }] })}
            data-testid="window-add"
          >
            + {t('schedule.addWindow')}
          </button>
        </div>
        {errors['rule.windows'] && <p className="field__error">{errors['rule.windows']}</p>}
      </fieldset>
    </>
  );
}
