import { useI18n } from '../../i18nContext.tsx';
import { Link, useRouter } from '../../router.tsx';
import { NAV_CONTENT_TYPES, type Route } from '../../routes.ts';

interface SideNavProps {
  open: boolean;
  onNavigate: () => void;
}

/** Content by type, then system pages. Later pages (approvals, media, audit, reports) add entries here. */
export function SideNav({ open, onNavigate }: SideNavProps) {
  const { t, typeLabel } = useI18n();
  const { route } = useRouter();
  const currentType = 'type' in route ? route.type : null;

  const item = (to: Route, label: string, testId: string, current: boolean) => (
    <li>
      <Link to={to} aria-current={current ? 'page' : undefined} data-testid={testId} onNavigate={onNavigate}>
        {label}
      </Link>
    </li>
  );

  return (
    <nav id="main-nav" className={`side-nav${open ? ' side-nav--open' : ''}`} aria-label={t('nav.label')}>
      <h2 className="side-nav__heading">{t('nav.content')}</h2>
      <ul>
        {NAV_CONTENT_TYPES.map((type) =>
          item({ page: 'contentList', type }, typeLabel(type), `nav-${type}`, currentType === type),
        )}
      </ul>
      <h2 className="side-nav__heading">{t('nav.system')}</h2>
      <ul>
        {item({ page: 'screens' }, t('nav.screens'), 'nav-screens', route.page === 'screens')}
        {item({ page: 'lookups' }, t('nav.lookups'), 'nav-lookups', route.page === 'lookups')}
      </ul>
    </nav>
  );
}
