import type { DisplayCommand } from '@bangtin/shared';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { PlayerControls } from '../player/Player.tsx';
import { firstTimeHandled } from './handledCommands.ts';

/** How long "identify" shows the screen's name. */
export const IDENTIFY_MS = 10_000;

/**
 * The office's remote commands: reload now; identify (the screen's name in huge type for 10 s); next /
 * previous (one step of the rotation, restarting its timer). An id already handled is ignored.
 */
export function useRemoteCommands(controlsRef: RefObject<PlayerControls | null>): {
  onCommand: (command: DisplayCommand) => void;
  identifying: boolean;
} {
  /** The id of the identify command on screen; a new one restarts the 10 s. */
  const [identifyId, setIdentifyId] = useState<string | null>(null);

  useEffect(() => {
    if (identifyId === null) return;
    const timer = window.setTimeout(() => setIdentifyId(null), IDENTIFY_MS);
    return () => window.clearTimeout(timer);
  }, [identifyId]);

  const onCommand = useCallback(
    (command: DisplayCommand) => {
      if (!firstTimeHandled(command.id)) return;
      console.info(`[bangtin] remote command: ${command.command}`);
      switch (command.command) {
        case 'reload':
          window.location.reload();
          break;
        case 'identify':
          setIdentifyId(command.id);
          break;
        case 'next':
          controlsRef.current?.next();
          break;
        case 'previous':
          controlsRef.current?.previous();
          break;
      }
    },
    [controlsRef],
  );

  return { onCommand, identifying: identifyId !== null };
}
