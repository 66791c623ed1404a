import type { ReformArea } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';

interface AreaChipsProps {
  value: readonly string[];
  areas: ReformArea[] | null;
  error?: string | undefined;
  onChange: (value: string[]) => void;
}

/**
 * The plan's sections as toggle chips (checkboxes underneath, so a keyboard and a screen reader get a plain list of
 * choices). The title of each chip is the section's full wording in the plan.
 */
export function AreaChips({ value, areas, error, onChange }: AreaChipsProps) {
  const { t } = useI18n();
  // Codes on the item that the list no longer names still show (and can be taken off).
  const unknown = value.filter((code) => areas && !areas.some((a) => a.code === code));
  const choices = [...(areas ?? []), ...unknown.map((code) => ({ code, label: code, short: code }))];
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset className={`field area-chips${error ? ' field--invalid' : ''}`} data-testid="field-areas" aria-describedby="areas-hint">
      <legend className="field__label">{t('areas.field')}</legend>
      <p id="areas-hint" className="field__hint">
        {t('areas.fieldHint')}
      </p>
      {areas === null ? (
        <p className="muted">{t('areas.loading')}</p>
      ) : (
        <div className="area-chips__list">
          {choices.map((area) => (
            <label key={area.code} className="area-chip" title={area.label}>
              <input
                type="checkbox"
                checked={value.includes(area.code)}
                onChange={(e) => toggle(area.code, e.target.checked)}
                aria-invalid={error ? true : undefined}
                data-testid={`area-chip-${area.code}`}
              />
              <span>
                <strong>{area.code}</strong> {area.short}
              </span>
            </label>
          ))}
        </div>
      )}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
