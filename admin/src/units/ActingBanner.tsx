import { useI18n } from '../i18nContext.tsx';
import { useUnitContext } from './UnitProvider.tsx';

/**
 * Shown on every page while a ward administrator works inside a member unit: what they change is that unit's (and the
 * audit log names them as the ward's administrator). The link leaves for the ward's own console, a full page load.
 */
export function ActingBanner() {
  const { t } = useI18n();
  const context = useUnitContext();
  if (!context?.actingFromParent || !context.parent) return null;
  const { unit, parent } = context;
  return (
    <div className="acting-banner" role="status" data-testid="acting-banner">
      <p>{t('units.actingBanner', { unit: unit.name, parent: parent.name })}</p>
      <a className="button button--small" href={`${parent.base}/admin/`} data-testid="acting-back">
        {t('units.actingBack', { parent: parent.name })}
      </a>
    </div>
  );
}
