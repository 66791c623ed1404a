import type { ReactNode } from 'react';
import { useI18n } from '../../i18nContext.tsx';
import { PendingBadge } from '../../approvals/PendingApprovals.tsx';
import { Link, useRouter } from '../../router.tsx';
import { hasRole, type Role } from '@bangtin/shared';
import { NAV_CONTENT_TYPES, type OpsPage, type Route } from '../../routes.ts';
import { useCurrentUser } from '../../session.tsx';
import { useUnitContext } from '../../units/UnitProvider.tsx';

/** System pages and the least role that may open each (the server checks again). */
const SYSTEM_PAGES: readonly [Exclude<OpsPage, 'reportPrint'>, Role][] = [
  ['media', 'editor'],
  ['plan', 'editor'],
  ['reports', 'approver'],
  ['audit', 'approver'],
  ['settings', 'admin'],
  ['users', 'admin'],
  ['feedbackPrivacy', 'admin'],
  ['account', 'editor'],
];
import { EmergencyNavLink, ScheduleNavItems } from '../../schedule/ScheduleNav.tsx';
import { FeedbackNavItem } from '../../feedback/FeedbackNav.tsx';

interface SideNavProps {
  open: boolean;
  onNavigate: () => void;
}

/** Content by type, then system pages. Later pages (approvals, media, audit, reports) add entries here. */
export function SideNav({ open, onNavigate }: SideNavProps) {
  const { t, typeLabel } = useI18n();
  const { route } = useRouter();
  const user = useCurrentUser();
  const currentType = 'type' in route ? route.type : null;
  // The member units exist only at the root (a ward), for its administrators.
  const showUnits = useUnitContext()?.isRoot === true && user.role === 'admin';

  const item = (to: Route, label: ReactNode, testId: string, current: boolean) => (
    <li>
      <Link to={to} aria-current={current ? 'page' : undefined} data-testid={testId} onNavigate={onNavigate}>
        {label}
      </Link>
    </li>
  );

  return (
    <nav id="main-nav" className={`side-nav${open ? ' side-nav--open' : ''}`} aria-label={t('nav.label')}>
      <EmergencyNavLink onNavigate={onNavigate} />
      {user.role !== 'approver' && <ul>{item({ page: 'home' }, t('nav.home'), 'nav-home', route.page === 'home')}</ul>}
      <h2 className="side-nav__heading">{t('nav.content')}</h2>
      <ul>
        {item(
          { page: 'approvals' },
          <>
            {t('nav.approvals')} <PendingBadge />
          </>,
          'nav-approvals',
          route.page === 'approvals',
        )}
        {NAV_CONTENT_TYPES.map((type) =>
          item({ page: 'contentList', type }, typeLabel(type), `nav-${type}`, currentType === type),
        )}
      </ul>
      <ScheduleNavItems onNavigate={onNavigate} />
      {/* What parents send and answer (issue #13): feedback, the satisfaction survey, the quiz, look-ups at reception. */}
      <h2 className="side-nav__heading">{t('nav.parents')}</h2>
      <FeedbackNavItem onNavigate={onNavigate} />
      <ul>
        {item({ page: 'satisfaction' }, t('nav.satisfaction'), 'nav-satisfaction', route.page === 'satisfaction')}
        {item({ page: 'quiz' }, t('nav.quiz'), 'nav-quiz', route.page === 'quiz')}
        {item({ page: 'lookups' }, t('nav.lookups'), 'nav-lookups', route.page === 'lookups')}
      </ul>
      <h2 className="side-nav__heading">{t('nav.system')}</h2>
      <ul>
        {showUnits && item({ page: 'units' }, t('nav.units'), 'nav-units', route.page === 'units')}
        {item({ page: 'screens' }, t('nav.screens'), 'nav-screens', route.page === 'screens')}
        {SYSTEM_PAGES.filter(([, least]) => hasRole(user.role, least)).map(([page]) => (
          <li key={page}>
            <Link to={{ page }} aria-current={route.page === page ? 'page' : undefined} data-testid={`nav-${page}`} onNavigate={onNavigate}>
              {t(`nav.${page}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
