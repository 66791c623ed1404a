import { lazy, Suspense } from 'react';
import { AppErrorBoundary } from './frame/AppErrorBoundary.tsx';
import { NoticeScreen } from './frame/NoticeScreen.tsx';
import { useKioskInput } from './frame/useKioskInput.ts';
import { StringsContext, stringsFor, type Lang } from './i18n.ts';
import type { ServiceWorkerStatus } from './kiosk/serviceWorker.ts';
import { useWakeLock } from './kiosk/useWakeLock.ts';
import { isWellFormedSlug, type DisplayRoute } from './route.ts';
import { ScreenBoard, UnknownScreen } from './ScreenBoard.tsx';

// Only a new kiosk needs the pairing screen (and the QR encoder): loaded on demand, precached for offline.
const PairingScreen = lazy(() => import('./pairing/PairingScreen.tsx').then((module) => ({ default: module.PairingScreen })));

interface Props {
  route: DisplayRoute;
  lang: Lang;
  runningBuild: string;
  serviceWorker: ServiceWorkerStatus;
}

export function App({ route, lang, runningBuild, serviceWorker }: Props) {
  useKioskInput();
  useWakeLock();
  const { slug, speed } = route;
  const strings = stringsFor(lang);
  return (
    <StringsContext value={strings}>
      <AppErrorBoundary title={strings.restarting}>
        {slug === null ? (
          <Suspense fallback={<NoticeScreen title={strings.loading} testId="loading-screen" />}>
            <PairingScreen />
          </Suspense>
        ) : isWellFormedSlug(slug) ? (
          <ScreenBoard key={slug} slug={slug} speed={speed} runningBuild={runningBuild} serviceWorker={serviceWorker} />
        ) : (
          <UnknownScreen slug={slug} />
        )}
      </AppErrorBoundary>
    </StringsContext>
  );
}
