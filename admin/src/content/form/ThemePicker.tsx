import { sloganTheme } from '@bangtin/shared';
import { useI18n } from '../../i18nContext.tsx';

type Theme = (typeof sloganTheme.options)[number];

interface ThemePickerProps {
  value: Theme;
  onChange: (theme: Theme) => void;
}

/** Radio buttons drawn as colour swatches, each with its name (colour is never the only cue). */
export function ThemePicker({ value, onChange }: ThemePickerProps) {
  const { t } = useI18n();
  return (
    <fieldset className="field theme-picker" data-testid="field-theme">
      <legend className="field__label">{t('field.theme')}</legend>
      <div className="theme-picker__options">
        {sloganTheme.options.map((theme) => (
          <label key={theme} className={`theme-option${value === theme ? ' theme-option--selected' : ''}`}>
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={value === theme}
              onChange={() => onChange(theme)}
              data-testid={`theme-${theme}`}
            />
            <span className={`swatch swatch--${theme}`} aria-hidden="true" />
            <span>{t(`theme.${theme}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
