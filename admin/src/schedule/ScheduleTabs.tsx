import { useI18n } from '../i18nContext.tsx';
import { Link, useRouter } from '../router.tsx';
import type { Route } from '../routes.ts';

/** The three scheduling views side by side, so the office moves between "what", "when" and "lists" in one click. */
export function ScheduleTabs() {
  const { t } = useI18n();
  const { route } = useRouter();
  const tab = (to: Route, label: string, testId: string) => (
    <li>
      <Link to={to} aria-current={route.page === to.page ? 'page' : undefined} data-testid={testId}>
        {label}
      </Link>
    </li>
  );
  return (
    <nav className="schedule-tabs" aria-label={t('schedule.tabsLabel')}>
      <ul>
        {tab({ page: 'schedules' }, t('nav.schedules'), 'tab-schedules')}
        {tab({ page: 'scheduleWeek' }, t('nav.scheduleWeek'), 'tab-week')}
        {tab({ page: 'playlists' }, t('nav.playlists'), 'tab-playlists')}
      </ul>
    </nav>
  );
}
