import { formatDateTimeVi, type ScreenPresence } from '@bangtin/shared';
import type { ReactNode } from 'react';
import type { CurrentVersion } from './useCurrentVersions.ts';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';
import { formatDrift, formatDuration, formatHeap, timeAgo } from './format.ts';
import { ageMs, CLOCK_WARN_MS, shortBuild, type Liveness } from './liveness.ts';

const BADGE_KEY = { online: 'status.online', stale: 'status.offline', offline: 'status.offline', never: 'status.never' } as const;

export function StatusBadge({ liveness }: { liveness: Liveness }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--${liveness}`} data-testid="screen-status" data-status={liveness}>
      <span className="badge__dot" aria-hidden="true" />
      {t(BADGE_KEY[liveness])}
    </span>
  );
}

interface ScreenStatusProps {
  name: string;
  liveness: Liveness;
  presence: ScreenPresence | undefined;
  now: number;
  current: CurrentVersion | undefined;
  slideTitle: string | undefined;
}

/** What the kiosk last told the server about itself. Live figures only while it is online. */
export function ScreenStatus({ name, liveness, presence, now, current, slideTitle }: ScreenStatusProps) {
  const { t, language } = useI18n();
  const timeZone = useTimeZone();
  if (!presence || liveness === 'never') return <p className="screen-status__hint">{t('status.neverHint')}</p>;

  const age = ageMs(presence, now);
  const live = liveness === 'online';
  const drift = presence.clockOffsetMs;
  const outdatedApp = Boolean(presence.appVersion && current?.displayBuild && presence.appVersion !== current.displayBuild);

  return (
    <>
      {liveness === 'stale' && age !== null && (
        <p className="screen-status__warn" role="status">
          {t('status.stale', { ago: timeAgo(age, t) })}
        </p>
      )}
      <dl className="screen-status" aria-label={t('status.details', { name })}>
        {presence.lastSeen && age !== null && (
          <Row label={t('status.lastSeen')} testId="status-last-seen">
            {timeAgo(age, t)}
            <time className="screen-status__sub" dateTime={presence.lastSeen}>
              {formatDateTimeVi(new Date(presence.lastSeen), timeZone)}
            </time>
          </Row>
        )}
        {live && presence.connections > 1 && (
          <Row label={t('status.devices')}>{t('status.devicesValue', { count: presence.connections })}</Row>
        )}
        {live && (
          <Row label={t('status.slide')} testId="status-slide">
            {presence.currentSlideId ? (
              <span className="screen-status__slide" title={slideTitle}>
                {slideTitle ?? presence.currentSlideId}
              </span>
            ) : (
              t('status.slideNone')
            )}
          </Row>
        )}
        {current && (
          <Row label={t('status.content')} testId="status-content" tone={presence.ackedVersion === current.version ? 'ok' : 'warn'}>
            {presence.ackedVersion === null
              ? t('status.contentUnknown')
              : presence.ackedVersion === current.version
                ? t('status.contentLatest')
                : t('status.contentBehind')}
          </Row>
        )}
        {live && presence.uptimeSeconds !== null && (
          <Row label={t('status.uptime')} testId="status-uptime">
            {formatDuration(presence.uptimeSeconds, t)}
          </Row>
        )}
        {presence.appVersion && (
          <Row label={t('status.app')} testId="status-app" tone={outdatedApp ? 'warn' : undefined}>
            <code title={presence.appVersion}>{shortBuild(presence.appVersion)}</code>
            {outdatedApp && ` (${t('status.appOld')})`}
          </Row>
        )}
        {live && drift !== null && (
          <Row label={t('status.clock')} testId="status-clock" tone={Math.abs(drift) > CLOCK_WARN_MS ? 'warn' : undefined}>
            {formatDrift(drift, language, t)}
            {Math.abs(drift) > CLOCK_WARN_MS && <span className="screen-status__note">{t('status.clockWarn')}</span>}
          </Row>
        )}
        {live && presence.viewport && (
          <Row label={t('status.viewport')} testId="status-viewport">
            {presence.viewport.width}×{presence.viewport.height}
          </Row>
        )}
        {live && presence.heapUsedBytes !== null && (
          <Row label={t('status.heap')} testId="status-heap">
            {formatHeap(presence.heapUsedBytes, language, t)}
          </Row>
        )}
      </dl>
    </>
  );
}

function Row({ label, testId, tone, children }: { label: string; testId?: string; tone?: 'ok' | 'warn' | undefined; children: ReactNode }) {
  return (
    <div className={tone ? `screen-status__row screen-status__row--${tone}` : 'screen-status__row'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        {tone === 'warn' && <span aria-hidden="true">⚠ </span>}
        {tone === 'ok' && <span aria-hidden="true">✓ </span>}
        {children}
      </dd>
    </div>
  );
}
