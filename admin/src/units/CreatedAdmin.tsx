import type { UnitCreated } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useCopy } from '../ui/hooks/useCopy.ts';

/**
 * The new unit's first administrator, with the generated password — the only time anyone sees it (the server keeps
 * a hash). Stays until the ward's administrator says it is written down.
 */
export function CreatedAdmin({ created, onDone }: { created: UnitCreated; onDone: () => void }) {
  const { t } = useI18n();
  const copy = useCopy();
  const signIn = `${window.location.origin}${created.unit.base}/admin/`;
  return (
    <section className="form-section unit-created" aria-labelledby="unit-created-title" data-testid="unit-created">
      <h2 id="unit-created-title" className="form-section__heading">
        {t('units.createdTitle', { name: created.unit.name })}
      </h2>
      <p className="alert alert--warning" role="alert">
        <strong>{t('units.createdWarning')}</strong>
      </p>
      <dl className="unit-created__facts">
        <dt>{t('units.createdSignIn')}</dt>
        <dd>
          <code>{signIn}</code>
        </dd>
        <dt>{t('units.createdUsername')}</dt>
        <dd>
          <code data-testid="unit-created-username">{created.admin.username}</code>
        </dd>
        <dt>{t('units.createdPassword')}</dt>
        <dd>
          <code className="unit-created__password" data-testid="unit-created-password">
            {created.admin.password}
          </code>
        </dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy(created.admin.password, t('units.passwordLabel'))} data-testid="unit-created-copy">
          {t('units.copyPassword')}
        </button>
        <button type="button" className="button button--primary" onClick={onDone} data-testid="unit-created-done">
          {t('units.createdDone')}
        </button>
      </div>
    </section>
  );
}
