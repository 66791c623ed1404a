import type { PointerEvent as ReactPointerEvent } from 'react';
import { useReceptionStrings } from './useReceptionStrings.ts';
import { useIdleReturn } from './useIdleReturn.ts';

interface Props {
  idleSeconds: number;
  onIdle: () => void;
  /** The touch that dismisses the warning must not also press what lies under it (see ReceptionKiosk). */
  onHoldPointer: (event: ReactPointerEvent) => void;
}

/**
 * The idle return with a warning: ten seconds before the look-up goes back to the rotation, a card counts down
 * "Quay về sau 10 giây — chạm để ở lại" over the page; any touch, key or scroll keeps the parent where they were.
 * Mounted only while the look-up is open, so every visit starts a fresh wait.
 */
export function IdleCountdown({ idleSeconds, onIdle, onHoldPointer }: Props) {
  const r = useReceptionStrings().reception;
  const secondsLeft = useIdleReturn(idleSeconds, onIdle);
  if (secondsLeft === null) return null;
  return (
    <div className="rk-idle" onPointerDown={onHoldPointer} data-testid="rk-idle-warning">
      <div className="rk-idle__card" role="alert">
        <p className="rk-idle__text">{r.idleWarning(secondsLeft)}</p>
        {/* For keyboard users: the key press itself keeps the page; the button says so. */}
        <button type="button" className="rk-button rk-button--primary" data-testid="rk-idle-stay">
          {r.idleStay}
        </button>
      </div>
    </div>
  );
}
