import { useEffect, useRef } from 'react';

/** Anything a person does at the kiosk: a touch, a click, a key, a scroll of the detail. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'scroll'] as const;

/**
 * While `active`, calls `onIdle` once nobody has touched, clicked, typed or scrolled for `idleSeconds`. Every
 * activity restarts the wait; listeners are passive and on the capture phase, so nothing the page does can hide it.
 */
export function useIdleReturn(active: boolean, idleSeconds: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });

  useEffect(() => {
    if (!active) return;
    let timer: number | undefined;
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => onIdleRef.current(), idleSeconds * 1000);
    };
    restart();
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, restart, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, restart, { capture: true });
    };
  }, [active, idleSeconds]);
}
