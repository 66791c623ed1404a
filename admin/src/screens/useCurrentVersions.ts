import { useEffect, useMemo, useState } from 'react';
import type { Screen } from '@bangtin/shared';

import { useApi } from '../session.tsx';
import { useDebounced } from '../ui/hooks/useDebounced.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';

/** What each screen should be playing now (its snapshot version) and the display build the server serves. */
export interface CurrentVersion {
  version: string;
  displayBuild: string | null;
}

/** Validity dates start and end on the clock; re-read now and then even when nothing is pushed. */
const REREAD_MS = 60_000;

/**
 * Reads each screen's snapshot to learn its current version. Re-reads when the screens change, when a kiosk
 * acknowledges a version we have not seen (`ackedKey`), when content is saved, and every minute.
 */
export function useCurrentVersions(screens: readonly Screen[] | undefined, ackedKey: string) {
  const api = useApi();
  const screensKey = screens?.map((s) => `${s.id}:${s.slug}`).join(',') ?? null;
  const [pushes, setPushes] = useState(0);
  useServerEvent('content:updated', () => setPushes((n) => n + 1));
  const key = useDebounced(screensKey === null ? null : `${screensKey}|${ackedKey}|${pushes}`, 400);

  const loaded = useLoad(
    key,
    async () => {
      const entries = await Promise.all(
        (screens ?? []).map((screen) =>
          api.display.snapshot(screen.slug).then(
            (snapshot) => [screen.id, { version: snapshot.version, displayBuild: snapshot.displayBuild ?? null }] as const,
            () => null, // one screen failing to build its snapshot should not hide the others
          ),
        ),
      );
      return new Map(entries.filter((entry) => entry !== null));
    },
    { keepPrevious: true },
  );

  const { retry } = loaded;
  useEffect(() => {
    const timer = window.setInterval(retry, REREAD_MS);
    return () => window.clearInterval(timer);
  }, [retry]);

  return useMemo(() => loaded.data ?? new Map<string, CurrentVersion>(), [loaded.data]);
}
