import type { EmergencyNotice, Screen, ScreenDeviceStatus, ScreenPresence } from '@bangtin/shared';
import { EmergencyOnScreen } from '../emergency/EmergencyOnScreen.tsx';
import { Suspense, useState } from 'react';
import type { CurrentVersion } from './useCurrentVersions.ts';
import { useI18n } from '../i18nContext.tsx';
import { livenessOf } from './liveness.ts';
import { LazyScreenMirror } from '../content/preview/lazy.ts';
import { KioskAddress, kioskPath } from './KioskAddress.tsx';
import { DevicePairing } from './DevicePairing.tsx';
import { ScreenCommands } from './ScreenCommands.tsx';
import { weekdayKey } from '../schedule/describe.ts';
import { ScreenStatus, StatusBadge } from './ScreenStatus.tsx';

/** Days as runs, so Mon–Fri reads "Thứ Hai–Thứ Sáu": [[1, 5], [7]] for 1,2,3,4,5,7 (a run is its first and last day). */
function dayRuns(days: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[last.length - 1] === day - 1) last.splice(1, 1, day);
    else runs.push([day]);
  }
  return runs;
}

interface ScreenCardProps {
  screen: Screen;
  presence: ScreenPresence | undefined;
  now: number;
  current: CurrentVersion | undefined;
  slideTitles: ReadonlyMap<string, string>;
  /** Admins only: opens the screen form for this screen. */
  onEdit: (() => void) | null;
  /** The screen's paired devices, oldest first (undefined while loading: no mark is shown until it is known). */
  devices: readonly ScreenDeviceStatus[] | undefined;
  onPairAgain: () => void;
  onDeviceRevoked: () => void;
  /** The emergency notice covering this screen now, if any: it is what the screen shows. */
  emergency?: EmergencyNotice | undefined;
}

/** One screen: what it is, whether it is alive and what it shows, and what the office can do to it. */
export function ScreenCard({ screen, presence, now, current, slideTitles, onEdit, devices, onPairAgain, onDeviceRevoked, emergency }: ScreenCardProps) {
  const { t } = useI18n();
  const liveness = livenessOf(presence, now);
  const titleId = `screen-${screen.id}-title`;
  const kind = [t(`orientation.${screen.orientation}`), t(`profile.${screen.profile}`)].join(' · ');
  const [mirroring, setMirroring] = useState(false);
  const mirrorId = `screen-${screen.id}-mirror`;

  return (
    <li className={`screen-card screen-card--${liveness}`} data-testid="screen-row" data-id={screen.id}>
      <div className="screen-card__head">
        <h2 id={titleId}>{screen.name}</h2>
        <StatusBadge liveness={liveness} />
      </div>
      <p className="screen-card__meta">
        {screen.location && <span>{screen.location}</span>}
        <span>{kind}</span>
        {screen.group && (
          <span>
            {t('screens.colGroup')}: {screen.group}
          </span>
        )}
      </p>
      {screen.powerSchedule && screen.powerSchedule.length > 0 && (
        <p className="screen-card__meta" data-testid="screen-power">
          {t('power.summary', {
            windows: screen.powerSchedule.map((w) => `${dayRuns(w.days).map((run) => run.map((d) => t(weekdayKey(d))).join('–')).join(', ')} ${w.on}–${w.off}`).join('; '),
          })}
        </p>
      )}
      {emergency && <EmergencyOnScreen notice={emergency} />}
      <ScreenStatus
        name={screen.name}
        liveness={liveness}
        presence={presence}
        now={now}
        current={current}
        slideTitle={presence?.currentSlideId ? slideTitles.get(presence.currentSlideId) : undefined}
      />
      {devices !== undefined && <DevicePairing screen={screen} devices={devices} onPairAgain={onPairAgain} onRevoked={onDeviceRevoked} />}
      <ScreenCommands screen={screen} />
      <KioskAddress screen={screen} />
      <div className="screen-card__actions">
        <a
          className="button button--small"
          href={kioskPath(screen.slug)}
          target="_blank"
          rel="noopener"
          aria-label={t('screens.openLabel', { name: screen.name })}
          data-testid="screen-open"
        >
          {t('screens.open')} <span aria-hidden="true">↗</span>
        </a>
        <button
          type="button"
          className="button button--small"
          aria-expanded={mirroring}
          aria-controls={mirrorId}
          aria-label={t('mirror.openLabel', { name: screen.name })}
          onClick={() => setMirroring((on) => !on)}
          data-testid="screen-mirror-toggle"
        >
          {t('mirror.open')}
        </button>
        {onEdit && (
          <button
            type="button"
            className="button button--small"
            onClick={onEdit}
            aria-label={t('screens.editLabel', { name: screen.name })}
            data-testid="screen-edit"
          >
            {t('screens.edit')}
          </button>
        )}
      </div>
      <div id={mirrorId}>
        {mirroring && (
          <Suspense fallback={null}>
            <LazyScreenMirror screen={screen} presence={presence} />
          </Suspense>
        )}
      </div>
    </li>
  );
}
