import { foldVietnamese, type UnitAudience } from '@bangtin/shared';
import { useId, useState } from 'react';
import { useI18n } from '../../i18nContext.tsx';

interface UnitAudienceFieldProps {
  value: UnitAudience;
  /** The root's child units (the field is not rendered without any). */
  units: readonly { id: string; name: string }[];
  error?: string | undefined;
  onChange: (value: UnitAudience) => void;
}

type Mode = 'none' | 'all' | 'chosen';
/** Past this many units a search box narrows the list (a ward has a few dozen schools and offices). */
const SEARCH_FROM = 8;

/**
 * Where a ward's item goes besides its own screens: nowhere else, every child unit, or chosen ones. Choosing units
 * with none ticked means 'none' (the schema wants at least one id), and the field says so.
 */
export function UnitAudienceField({ value, units, error, onChange }: UnitAudienceFieldProps) {
  const { t } = useI18n();
  const name = useId();
  const [choosing, setChoosing] = useState(false);
  const [query, setQuery] = useState('');
  const chosen = Array.isArray(value) ? value : [];
  const mode: Mode = Array.isArray(value) || (choosing && value === 'none') ? 'chosen' : value;
  const pick = (next: Mode) => {
    setChoosing(next === 'chosen');
    onChange(next === 'chosen' ? (chosen.length > 0 ? chosen : 'none') : next);
  };
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((x) => x !== id);
    onChange(next.length > 0 ? next : 'none');
  };
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  const shown = units.filter((unit) => words.every((word) => foldVietnamese(unit.name).includes(word)));

  return (
    <fieldset className={`field choice-group${error ? ' field--invalid' : ''}`} data-testid="field-audience">
      <legend className="field__label">{t('audience.legend')}</legend>
      {(['none', 'all', 'chosen'] as const).map((option) => (
        <label className="choice" key={option}>
          <input type="radio" name={name} checked={mode === option} onChange={() => pick(option)} data-testid={`audience-${option}`} />
          <span>{t(`audience.${option}`)}</span>
        </label>
      ))}
      {mode === 'chosen' && (
        <div className="choice-group__nested" data-testid="audience-units">
          {units.length > SEARCH_FROM && (
            <input
              type="search"
              className="choice-group__search"
              aria-label={t('audience.search')}
              placeholder={t('audience.search')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              data-testid="audience-search"
            />
          )}
          {shown.map((unit) => (
            <label className="choice choice--nested" key={unit.id}>
              <input type="checkbox" checked={chosen.includes(unit.id)} onChange={(e) => toggle(unit.id, e.target.checked)} data-testid={`audience-unit-${unit.id}`} />
              <span>{unit.name}</span>
            </label>
          ))}
          {shown.length === 0 && <p className="muted">{t('audience.noMatch', { q: query })}</p>}
          {chosen.length === 0 && <p className="field__warning">{t('audience.noneChosen')}</p>}
        </div>
      )}
      <p className="field__hint">{t('audience.hint')}</p>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
