import type { Screen } from '@bangtin/shared';
import { useI18n } from '../../i18nContext.tsx';

interface ScreensPickerProps {
  value: 'all' | string[];
  screens: Screen[] | null;
  error?: string | undefined;
  onChange: (value: 'all' | string[]) => void;
}

/** "All screens" or a chosen set; new screens join "all" automatically, not a chosen set. */
export function ScreensPicker({ value, screens, error, onChange }: ScreensPickerProps) {
  const { t } = useI18n();
  const all = value === 'all';
  const chosen = all ? [] : value;
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));

  return (
    <fieldset className={`field choice-group${error ? ' field--invalid' : ''}`} data-testid="field-screens">
      <legend className="field__label">{t('field.screens')}</legend>
      <label className="choice">
        <input type="checkbox" checked={all} onChange={(e) => onChange(e.target.checked ? 'all' : [])} data-testid="screens-all" />
        <span>{t('field.allScreens')}</span>
      </label>
      {screens?.map((screen) => (
        <label className={`choice choice--nested${all ? ' choice--disabled' : ''}`} key={screen.id}>
          <input
            type="checkbox"
            disabled={all}
            checked={all || chosen.includes(screen.id)}
            onChange={(e) => toggle(screen.id, e.target.checked)}
            data-testid={`screen-${screen.id}`}
          />
          <span>
            {screen.name}
            {screen.location && <span className="muted"> · {screen.location}</span>}
          </span>
        </label>
      ))}
      {!all && chosen.length === 0 && <p className="field__warning">{t('field.noScreens')}</p>}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
