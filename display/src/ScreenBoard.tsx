import { lazy, Suspense, useRef, useState } from 'react';
import { createProofOfDisplay } from './connection/proofOfDisplay.ts';
import { useDisplayConnection } from './connection/useDisplayConnection.ts';
import { useMediaPrefetch } from './connection/useMediaPrefetch.ts';
import { usePlayableItems } from './connection/usePlayableItems.ts';
import { EmergencyOverlay } from './emergency/EmergencyOverlay.tsx';
import { Frame } from './frame/Frame.tsx';
import { displayTimeZone } from './frame/timeZone.ts';
import { NoticeScreen } from './frame/NoticeScreen.tsx';
import { useStrings } from './i18n.ts';
import { IdentifyOverlay } from './kiosk/IdentifyOverlay.tsx';
import type { ServiceWorkerStatus } from './kiosk/serviceWorker.ts';
import { useRemoteCommands } from './kiosk/useRemoteCommands.ts';
import { useScreenOn } from './kiosk/useScreenOn.ts';
import { useSlideBoundaryChecks } from './kiosk/useSlideBoundaryChecks.ts';
import { Player, type PlayerControls } from './player/Player.tsx';
import { SnapshotContext } from './slides/snapshotContext.ts';

// Only interactive (reception) screens need the look-up: loaded on demand, precached for offline.
const ReceptionKiosk = lazy(() => import('./reception/ReceptionKiosk.tsx').then((module) => ({ default: module.ReceptionKiosk })));

interface Props {
  slug: string;
  speed: number;
  /** The entry script this page runs (its hashed path in production). */
  runningBuild: string;
  serviceWorker: ServiceWorkerStatus;
}

export function UnknownScreen({ slug }: { slug: string }) {
  const t = useStrings();
  return (
    <NoticeScreen title={t.unknownTitle} testId="unknown-screen">
      <p>{t.unknownBody(slug)}</p>
    </NoticeScreen>
  );
}

/**
 * One screen's board: connection → snapshot → frame + player, with the kiosk's duties around it
 * (proof of display, media prefetch, offline expiry, remote commands, reloads at slide boundaries).
 */
export function ScreenBoard({ slug, speed, runningBuild, serviceWorker }: Props) {
  const t = useStrings();
  const currentSlideIdRef = useRef<string | null>(null);
  const controlsRef = useRef<PlayerControls | null>(null);
  const [proof] = useState(() => createProofOfDisplay(slug));
  const { onCommand, identifying } = useRemoteCommands(controlsRef);
  const { snapshot, unknownScreen, online, emergency, acknowledgeEmergency } = useDisplayConnection(slug, { currentSlideIdRef, appVersion: runningBuild, proof, onCommand });
  const items = usePlayableItems(snapshot, online);
  useMediaPrefetch(snapshot);
  const onSlideBoundary = useSlideBoundaryChecks(snapshot?.displayBuild, runningBuild, serviceWorker);
  const lit = useScreenOn(snapshot);

  if (unknownScreen) return <UnknownScreen slug={slug} />;
  if (!snapshot) return <NoticeScreen title={t.loading} testId="loading-screen" />;
  // Off hours: black, nothing drawn (no slides, clock or ticker; nothing logged as shown). An emergency still shows.
  if (!lit && !emergency) return <div className="kiosk-asleep" data-testid="kiosk-asleep" data-snapshot-version={snapshot.version} />;
  const player = (
    <Player
      items={items}
      speed={speed}
      currentSlideIdRef={currentSlideIdRef}
      controlsRef={controlsRef}
      onStepEnd={proof.record}
      onSlideBoundary={onSlideBoundary}
    />
  );
  return (
    <div className="app" data-snapshot-version={snapshot.version} data-profile={snapshot.screen.profile}>
      <SnapshotContext value={snapshot}>
        <Frame snapshot={snapshot} online={online}>
          {snapshot.screen.interactive ? (
            <Suspense fallback={player}>
              <ReceptionKiosk snapshot={snapshot} attract={player} />
            </Suspense>
          ) : (
            player
          )}
        </Frame>
      </SnapshotContext>
      {identifying && <IdentifyOverlay screen={snapshot.screen} />}
      {emergency && (
        <EmergencyOverlay
          key={emergency.id}
          notice={emergency}
          schoolName={snapshot.school.name}
          timeZone={displayTimeZone(snapshot.school.timezone)}
          onShown={acknowledgeEmergency}
        />
      )}
    </div>
  );
}
