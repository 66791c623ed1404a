import { formatDateTimeVi, type EmergencyStatus, type Screen, type ScreenPresence } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';
import { livenessOf } from '../screens/liveness.ts';
import { Loading } from '../ui/Status.tsx';

interface OnAirListProps {
  screens: readonly Screen[];
  presence: ReadonlyMap<string, ScreenPresence>;
  now: number;
  /** Content id → its one-line name. */
  titles: ReadonlyMap<string, string>;
  emergencies: readonly EmergencyStatus[];
  loaded: boolean;
}

/** Each screen with what it reports showing right now (its last heartbeat), an emergency first, or why it is silent. */
export function OnAirList({ screens, presence, now, titles, emergencies, loaded }: OnAirListProps) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  if (!loaded) return <Loading />;
  if (screens.length === 0) return <p className="muted">{t('home.noScreens')}</p>;
  return (
    <ul className="home-onair">
      {screens.map((screen) => {
        const entry = presence.get(screen.id);
        const liveness = livenessOf(entry, now);
        const emergency = emergencies.find((status) => status.targetScreenIds.includes(screen.id));
        const slide = entry?.currentSlideId ? (titles.get(entry.currentSlideId) ?? t('home.unknownSlide')) : null;
        let what: string;
        if (liveness === 'never') what = t('home.neverConnected');
        else if (liveness !== 'online') {
          what = entry?.lastSeen ? t('home.silentSince', { time: formatDateTimeVi(new Date(entry.lastSeen), timeZone) }) : t('home.silent');
        } else if (emergency) what = t('home.emergencyShowing', { title: emergency.notice.title });
        else what = slide ?? t('home.noSlide');
        return (
          <li key={screen.id} className={`home-onair__screen home-onair__screen--${liveness}`} data-testid="home-onair-screen" data-screen={screen.id}>
            <span className="home-onair__dot" aria-hidden="true" />
            <span className="home-onair__name">
              <strong>{screen.name}</strong>
              {screen.group && <span className="muted"> · {t('home.group', { group: screen.group })}</span>}
            </span>
            <span className="home-onair__what">
              <span className="visually-hidden">{t(`home.liveness.${liveness}`)}: </span>
              {what}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
