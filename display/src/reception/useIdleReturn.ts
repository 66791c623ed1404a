import { useEffect, useRef, useState } from 'react';

/** Anything a person does at the kiosk: a touch, a click, a key, a scroll of the detail. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'scroll'] as const;
/** How long the "Quay về sau … giây" warning counts down before the return. */
export const IDLE_WARNING_SECONDS = 10;

/**
 * Calls `onIdle` once nobody has touched, clicked, typed or scrolled for `idleSeconds`, and returns the seconds left
 * during the last IDLE_WARNING_SECONDS (null before), so the page can warn and a touch can keep it. Every activity
 * restarts the wait; listeners are passive and on the capture phase, so nothing the page does can hide it. Only
 * timers and Date.now() measure time: a test's fake clock (Playwright's page.clock, Vitest's fake timers) drives it.
 */
export function useIdleReturn(idleSeconds: number, onIdle: () => void): number | null {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    // The screen's idle time is at least 15 s (schema), so the full ten-second warning always fits.
    const warnMs = Math.min(IDLE_WARNING_SECONDS, idleSeconds) * 1000;
    let deadline = Date.now() + idleSeconds * 1000;
    let timer: number | undefined;
    const tick = () => {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        setSecondsLeft(null);
        onIdleRef.current();
        return;
      }
      const seconds = Math.ceil(remaining / 1000);
      setSecondsLeft(remaining <= warnMs ? seconds : null);
      // Wake at the warning's start, then on each whole second of the countdown.
      timer = window.setTimeout(tick, remaining > warnMs ? remaining - warnMs : remaining - (seconds - 1) * 1000);
    };
    const restart = () => {
      deadline = Date.now() + idleSeconds * 1000;
      window.clearTimeout(timer);
      tick();
    };
    timer = window.setTimeout(tick, idleSeconds * 1000 - warnMs);
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, restart, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, restart, { capture: true });
    };
  }, [idleSeconds]);

  return secondsLeft;
}
