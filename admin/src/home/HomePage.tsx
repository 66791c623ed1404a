import { calendarDate, contentLabel, formatLongDateVi, hasRole, type ContentItem } from '@bangtin/shared';
import { useMemo } from 'react';
import { useI18n } from '../i18nContext.tsx';
import { Link } from '../router.tsx';
import { useSchool, useTimeZone } from '../school.tsx';
import { usePresence } from '../screens/usePresence.ts';
import { useScreens } from '../screens/useScreens.ts';
import { useApi, useCurrentUser } from '../session.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { activeEmergencies, expiringSoon, feedbackGaps, waitingApproval } from './dashboardData.ts';
import { ContentLinks } from './ContentLinks.tsx';
import { OnAirList } from './OnAirList.tsx';
import { SummaryTile } from './SummaryTile.tsx';
import { useAllContent } from './useAllContent.ts';
import { livenessOf } from '../screens/liveness.ts';
import { lunarNewYearToEnter } from '../feedback/lunarNewYearGap.ts';

/**
 * The office's landing page: what each screen plays now, what waits for the principal, which screens are silent,
 * what stops playing within a week, emergencies on air, and the settings the reception's feedback block still needs.
 * Built only from the existing REST contracts (content, screens, presence, emergencies, school) and their pushes.
 */
export function HomePage() {
  const { t } = useI18n();
  const api = useApi();
  const user = useCurrentUser();
  const school = useSchool();
  const timeZone = useTimeZone();
  const content = useAllContent();
  const screens = useScreens();
  const { presence, now } = usePresence();
  const emergencies = useLoad('home-emergencies', api.emergencies.list);
  const feedbackCalendar = useLoad('home-feedback-calendar', () => api.feedback.calendar());
  useServerEvent('emergency:updated', () => emergencies.retry());

  const items = useMemo(() => content.data ?? [], [content.data]);
  const titles = useMemo(() => new Map(items.map((item) => [item.id, contentLabel(item)])), [items]);
  const today = calendarDate(new Date(now), timeZone);
  const waiting = waitingApproval(items);
  const expiring = expiringSoon(items, today);
  const emergencyList = activeEmergencies(emergencies.data?.active ?? [], now);
  const screenList = screens.data ?? [];
  const silent = screenList.filter((screen) => livenessOf(presence.get(screen.id), now) !== 'online');
  const gaps = school ? feedbackGaps(school.feedback) : [];
  const isAdmin = hasRole(user.role, 'admin');
  const tetYear = feedbackCalendar.data ? lunarNewYearToEnter(feedbackCalendar.data.holidays, today) : null;
  const loaded = content.data !== undefined && screens.data !== undefined;
  // A calendar day read at its noon (UTC) falls on the same day in every timezone a school can have.
  const longDate = (iso: string) => formatLongDateVi(new Date(`${iso}T12:00:00Z`), timeZone);

  return (
    <section className="home-page" aria-labelledby="home-title">
      <PageHeader titleId="home-title" title={t('home.title')} intro={t('home.intro')} />

      {gaps.length > 0 && (
        <div className="alert alert--warning home-page__settings" role="status" data-testid="home-feedback-warning">
          <p>
            <strong>{t('home.feedbackTitle')}</strong> {t('home.feedbackBody', { fields: gaps.map((field) => t(`home.feedback.${field}`)).join(', ') })}
          </p>
          {isAdmin ? (
            <Link to={{ page: 'settings' }} className="button" data-testid="home-open-settings">
              {t('home.openSettings')}
            </Link>
          ) : (
            <p className="muted">{t('home.askAdmin')}</p>
          )}
        </div>
      )}

      {school && !school.publicUrl && (
        <SettingsWarning testId="home-public-url-warning" title={t('home.publicUrlTitle')} body={t('home.publicUrlBody')} isAdmin={isAdmin} />
      )}
      {school && (school.parentAgency.trim() === '' || school.parentAgency.includes('…')) && (
        <SettingsWarning testId="home-parent-agency-warning" title={t('home.parentAgencyTitle')} body={t('home.parentAgencyBody')} isAdmin={isAdmin} />
      )}

      {tetYear !== null && feedbackCalendar.data && (
        <SettingsWarning
          testId="home-tet-warning"
          title={t('home.tetTitle', { year: tetYear })}
          body={t('home.tetBody', { year: tetYear, days: feedbackCalendar.data.handlingDays })}
          isAdmin={isAdmin}
        />
      )}

      {emergencyList.length > 0 && (
        <div className="alert alert--error" role="status" data-testid="home-emergency">
          <p>
            <strong>{t('home.emergencyOn', { count: emergencyList.length })}</strong>{' '}
            {emergencyList.map((status) => status.notice.title).join(' · ')}
          </p>
          <Link to={{ page: 'emergency' }} className="button">
            {t('home.openEmergency')}
          </Link>
        </div>
      )}

      <ul className="home-tiles" aria-label={t('home.summary')}>
        <SummaryTile testId="tile-waiting" count={waiting.length} label={t('home.waiting')} to={{ page: 'approvals' }} tone={waiting.length > 0 ? 'attention' : 'calm'} ready={loaded} />
        <SummaryTile testId="tile-offline" count={silent.length} label={t('home.offline')} to={{ page: 'screens' }} tone={silent.length > 0 ? 'alarm' : 'calm'} ready={loaded} />
        <SummaryTile testId="tile-expiring" count={expiring.length} label={t('home.expiring')} to={null} tone={expiring.length > 0 ? 'attention' : 'calm'} ready={loaded} />
        <SummaryTile testId="tile-emergency" count={emergencyList.length} label={t('home.emergencies')} to={{ page: 'emergency' }} tone={emergencyList.length > 0 ? 'alarm' : 'calm'} ready={emergencies.data !== undefined} />
      </ul>

      <div className="home-columns">
        <section className="home-card" aria-labelledby="home-onair">
          <h2 id="home-onair">{t('home.onAir')}</h2>
          <OnAirList screens={screenList} presence={presence} now={now} titles={titles} emergencies={emergencyList} loaded={loaded} />
        </section>
        <div className="home-stack">
          <section className="home-card" aria-labelledby="home-waiting">
            <h2 id="home-waiting">{t('home.waitingTitle')}</h2>
            <ContentLinks items={waiting} empty={t('home.waitingNone')} detail={(item: ContentItem) => t('home.sentBy', { user: item.updatedBy })} testId="home-waiting-item" />
          </section>
          <section className="home-card" aria-labelledby="home-expiring">
            <h2 id="home-expiring">{t('home.expiringTitle')}</h2>
            <ContentLinks
              items={expiring}
              empty={t('home.expiringNone')}
              detail={(item: ContentItem) => (item.validUntil === today ? t('home.endsToday') : t('home.endsOn', { date: longDate(item.validUntil ?? today) }))}
              testId="home-expiring-item"
            />
          </section>
        </div>
      </div>
    </section>
  );
}

/** A setting the school still has to fill in, with the way to it (admins) or whom to ask (others). */
function SettingsWarning({ testId, title, body, isAdmin }: { testId: string; title: string; body: string; isAdmin: boolean }) {
  const { t } = useI18n();
  return (
    <div className="alert alert--warning home-page__settings" role="status" data-testid={testId}>
      <p>
        <strong>{title}</strong> {body}
      </p>
      {isAdmin ? (
        <Link to={{ page: 'settings' }} className="button">
          {t('home.openSettings')}
        </Link>
      ) : (
        <p className="muted">{t('home.askAdmin')}</p>
      )}
    </div>
  );
}
