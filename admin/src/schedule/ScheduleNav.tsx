import { hasRole } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { Link, useRouter } from '../router.tsx';
import { useCurrentUser } from '../session.tsx';

const SCHEDULE_PAGES = new Set(['schedules', 'scheduleNew', 'scheduleEdit']);

/** The "Lịch chiếu" section of the sidebar. */
export function ScheduleNavItems({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useI18n();
  const { route } = useRouter();
  const current = (on: boolean) => (on ? ('page' as const) : undefined);
  return (
    <>
      <h2 className="side-nav__heading">{t('nav.scheduling')}</h2>
      <ul>
        <li>
          <Link to={{ page: 'schedules' }} aria-current={current(SCHEDULE_PAGES.has(route.page))} data-testid="nav-schedules" onNavigate={onNavigate}>
            {t('nav.schedules')}
          </Link>
        </li>
        <li>
          <Link to={{ page: 'scheduleWeek' }} aria-current={current(route.page === 'scheduleWeek')} data-testid="nav-schedule-week" onNavigate={onNavigate}>
            {t('nav.scheduleWeek')}
          </Link>
        </li>
        <li>
          <Link to={{ page: 'playlists' }} aria-current={current(route.page === 'playlists')} data-testid="nav-playlists" onNavigate={onNavigate}>
            {t('nav.playlists')}
          </Link>
        </li>
      </ul>
    </>
  );
}

/** Approvers and admins: "Thông báo khẩn" first in the sidebar, visible but calm (outlined, not flashing). */
export function EmergencyNavLink({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useI18n();
  const { route } = useRouter();
  const user = useCurrentUser();
  if (!hasRole(user.role, 'approver')) return null; // the server refuses others too (403)
  return (
    <Link
      to={{ page: 'emergency' }}
      className="side-nav__emergency"
      aria-current={route.page === 'emergency' ? 'page' : undefined}
      data-testid="nav-emergency"
      onNavigate={onNavigate}
    >
      <span aria-hidden="true" className="side-nav__emergency-icon">
        !
      </span>{' '}
      {t('nav.emergency')}
    </Link>
  );
}
