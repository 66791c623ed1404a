import { useRef } from 'react';
import { useDisplayConnection } from './connection/useDisplayConnection.ts';
import { AppErrorBoundary } from './frame/AppErrorBoundary.tsx';
import { Frame } from './frame/Frame.tsx';
import { NoticeScreen } from './frame/NoticeScreen.tsx';
import { useKioskInput } from './frame/useKioskInput.ts';
import { StringsContext, stringsFor, useStrings, type Lang } from './i18n.ts';
import { Player } from './player/Player.tsx';
import { isWellFormedSlug, type DisplayRoute } from './route.ts';
import { SnapshotContext } from './slides/snapshotContext.ts';

function UnknownScreen({ slug }: { slug: string }) {
  const t = useStrings();
  return (
    <NoticeScreen title={t.unknownTitle} testId="unknown-screen">
      <p>{t.unknownBody(slug)}</p>
    </NoticeScreen>
  );
}

function UnassignedScreen() {
  const t = useStrings();
  return (
    <NoticeScreen title={t.unassignedTitle} testId="unassigned-screen">
      <p>{t.unassignedBody}</p>
      <p className="notice-screen__hint">{t.unassignedHint}</p>
    </NoticeScreen>
  );
}

/** One screen's board: connection → snapshot → frame + player. */
function ScreenBoard({ slug, speed }: { slug: string; speed: number }) {
  const t = useStrings();
  const currentSlideIdRef = useRef<string | null>(null);
  const { snapshot, unknownScreen, online } = useDisplayConnection(slug, currentSlideIdRef);
  if (unknownScreen) return <UnknownScreen slug={slug} />;
  if (!snapshot) return <NoticeScreen title={t.loading} testId="loading-screen" />;
  return (
    <div className="app" data-snapshot-version={snapshot.version} data-profile={snapshot.screen.profile}>
      <SnapshotContext value={snapshot}>
        <Frame snapshot={snapshot} online={online}>
          <Player items={snapshot.items} speed={speed} currentSlideIdRef={currentSlideIdRef} />
        </Frame>
      </SnapshotContext>
    </div>
  );
}

export function App({ route, lang }: { route: DisplayRoute; lang: Lang }) {
  useKioskInput();
  const { slug, speed } = route;
  const strings = stringsFor(lang);
  return (
    <StringsContext value={strings}>
      <AppErrorBoundary title={strings.restarting}>
        {slug === null ? (
          <UnassignedScreen />
        ) : isWellFormedSlug(slug) ? (
          <ScreenBoard key={slug} slug={slug} speed={speed} />
        ) : (
          <UnknownScreen slug={slug} />
        )}
      </AppErrorBoundary>
    </StringsContext>
  );
}
