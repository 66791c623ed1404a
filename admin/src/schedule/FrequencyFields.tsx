import { useId, useState } from 'react';
import { useI18n } from '../i18nContext.tsx';

/** The loop shares the office picks from ("1/3 thời lượng"), stored as percent. */
export const LOOP_SHARES = [
  { percent: 50, label: '1/2' },
  { percent: 33, label: '1/3' },
  { percent: 25, label: '1/4' },
  { percent: 20, label: '1/5' },
  { percent: 10, label: '1/10' },
] as const;

/** "1/3" for 33, else "15%". */
export const shareLabel = (percent: number) => LOOP_SHARES.find((s) => s.percent === percent)?.label ?? `${percent}%`;

type Kind = 'loop' | 'minutes' | 'share';

interface FrequencyFieldsProps {
  /** Form strings: '' = not set. At most one of the two is set. */
  everyMinutes: string;
  sharePercent: string;
  errors: { everyMinutes?: string | undefined; sharePercent?: string | undefined };
  onChange: (patch: { everyMinutes: string; sharePercent: string }) => void;
  /** Prefix for test ids and radio names (two forms may share a page). */
  name: string;
}

/**
 * How often an item comes round (a schedule entry's items, or an item where its editor assigns it): once per loop,
 * at least every N minutes, or a share of the loop's time. One control for both, so both read the same.
 */
export function FrequencyFields({ everyMinutes, sharePercent, errors, onChange, name }: FrequencyFieldsProps) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<Kind>(everyMinutes !== '' ? 'minutes' : sharePercent !== '' ? 'share' : 'loop');
  const pick = (next: Kind) => {
    setKind(next);
    onChange({ everyMinutes: next === 'minutes' ? everyMinutes || '3' : '', sharePercent: next === 'share' ? sharePercent || '33' : '' });
  };
  const error = kind === 'minutes' ? errors.everyMinutes : kind === 'share' ? errors.sharePercent : undefined;
  return (
    <fieldset className={`field frequency-fields${error ? ' field--invalid' : ''}`} data-testid={`${name}-frequency`}>
      <legend className="field__label">{t('frequency.title')}</legend>
      <div className="frequency-fields__options">
        <label className="choice">
          <input type="radio" name={`${id}-kind`} checked={kind === 'loop'} onChange={() => pick('loop')} data-testid={`${name}-frequency-loop`} />
          <span>{t('frequency.loop')}</span>
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-kind`} checked={kind === 'minutes'} onChange={() => pick('minutes')} data-testid={`${name}-frequency-minutes`} />
          <span>{t('frequency.minutesLead')}</span>
          <input
            type="number" inputMode="numeric" min={1} max={120} className="frequency-fields__number"
            aria-label={t('frequency.minutesLabel')}
            aria-invalid={Boolean(errors.everyMinutes)}
            disabled={kind !== 'minutes'}
            value={everyMinutes}
            onChange={(e) => onChange({ everyMinutes: e.target.value, sharePercent: '' })}
            data-testid={`${name}-every-minutes`}
          />
          <span>{t('frequency.minutesTail')}</span>
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-kind`} checked={kind === 'share'} onChange={() => pick('share')} data-testid={`${name}-frequency-share`} />
          <span>{t('frequency.shareLead')}</span>
          <select
            aria-label={t('frequency.shareLabel')}
            disabled={kind !== 'share'}
            value={sharePercent}
            onChange={(e) => onChange({ everyMinutes: '', sharePercent: e.target.value })}
            data-testid={`${name}-share`}
          >
            {LOOP_SHARES.map((s) => (
              <option key={s.percent} value={String(s.percent)}>
                {s.label}
              </option>
            ))}
          </select>
          <span>{t('frequency.shareTail')}</span>
        </label>
      </div>
      <p className="field__hint">{t('frequency.hint')}</p>
      {error && (
        <p className="field__error" data-testid={`${name}-frequency-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
