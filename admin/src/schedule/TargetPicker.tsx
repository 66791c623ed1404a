import type { Screen } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';

interface TargetPickerProps {
  all: boolean;
  screenIds: readonly string[];
  groups: readonly string[];
  screens: readonly Screen[];
  error?: string | undefined;
  onChange: (patch: { allScreens?: boolean; screenIds?: string[]; groups?: string[] }) => void;
}

/** "All screens", or chosen screens and/or screen groups (a group also covers screens added to it later). */
export function TargetPicker({ all, screenIds, groups, screens, error, onChange }: TargetPickerProps) {
  const { t } = useI18n();
  const groupNames = [...new Set(screens.map((s) => s.group).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi'));
  const toggle = (list: readonly string[], item: string, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  return (
    <fieldset className={`field choice-group${error ? ' field--invalid' : ''}`} data-testid="field-screens">
      <legend className="field__label">{t('schedule.where')}</legend>
      <label className="choice">
        <input type="checkbox" checked={all} onChange={(e) => onChange({ allScreens: e.target.checked })} data-testid="target-all" />
        <span>{t('field.allScreens')}</span>
      </label>
      {!all && (
        <div className="target-picker__lists">
          <div>
            <p className="target-picker__heading">{t('schedule.screensHeading')}</p>
            {screens.map((screen) => (
              <label className="choice" key={screen.id}>
                <input
                  type="checkbox"
                  checked={screenIds.includes(screen.id)}
                  onChange={(e) => onChange({ screenIds: toggle(screenIds, screen.id, e.target.checked) })}
                  data-testid={`target-screen-${screen.id}`}
                />
                <span>
                  {screen.name}
                  {screen.group && <span className="muted"> · {screen.group}</span>}
                </span>
              </label>
            ))}
          </div>
          {groupNames.length > 0 && (
            <div>
              <p className="target-picker__heading">{t('schedule.groupsHeading')}</p>
              {groupNames.map((group) => (
                <label className="choice" key={group}>
                  <input
                    type="checkbox"
                    checked={groups.includes(group)}
                    onChange={(e) => onChange({ groups: toggle(groups, group, e.target.checked) })}
                    data-testid={`target-group-${group}`}
                  />
                  <span>{t('schedule.groupNamed', { group })}</span>
                </label>
              ))}
            </div>
          )}
        </div>
      )}
      {!all && screenIds.length === 0 && groups.length === 0 && <p className="field__warning">{t('field.noScreens')}</p>}
      {error && (
        <p className="field__error" data-testid="error-screens">
          {error}
        </p>
      )}
    </fieldset>
  );
}
