import { useRealtimeStatus } from '../../api/realtime.tsx';
import { useI18n } from '../../i18nContext.tsx';
import { useRouter } from '../../router.tsx';
import { useSchool } from '../../school.tsx';
import { useCurrentUser, useSession } from '../../session.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useUnitContext } from '../../units/UnitProvider.tsx';

interface TopBarProps {
  menuOpen: boolean;
  onToggleMenu: () => void;
}

export function TopBar({ menuOpen, onToggleMenu }: TopBarProps) {
  const { t, roleLabel } = useI18n();
  const { logout } = useSession();
  const { confirmLeave } = useRouter();
  const user = useCurrentUser();
  const school = useSchool();
  // The unit's own name (a member unit's console says which school or office it is); the school record's until known.
  const unitName = useUnitContext()?.unit.name ?? school?.name;
  const { connected, active } = useRealtimeStatus();

  const onLogout = async () => {
    if (await confirmLeave()) await logout();
  };

  return (
    <header className="top-bar">
      <button
        type="button"
        className="button button--ghost top-bar__menu"
        aria-expanded={menuOpen}
        aria-controls="main-nav"
        onClick={onToggleMenu}
        data-testid="menu-toggle"
      >
        <span aria-hidden="true">☰</span> {t('header.menu')}
      </button>
      <div className="top-bar__brand">
        <span className="top-bar__school" data-testid="school-name">
          {unitName ?? t('app.name')}
        </span>
        <span className="top-bar__app">
          {t('app.name')} · {t('app.console')}
        </span>
      </div>
      {active && !connected && (
        <span className="badge badge--offline" role="status" data-testid="offline">
          {t('header.offline')}
        </span>
      )}
      <div className="top-bar__user">
        <LanguageSwitch />
        <span className="top-bar__who" data-testid="current-user">
          <strong>{user.displayName}</strong>
          <span className="muted">{roleLabel(user.role)}</span>
        </span>
        <button type="button" className="button" onClick={() => void onLogout()} data-testid="logout">
          {t('header.logout')}
        </button>
      </div>
    </header>
  );
}
