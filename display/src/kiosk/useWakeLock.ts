import { useEffect } from 'react';

/**
 * Keeps the screen on (Screen Wake Lock) where the browser supports it. The lock is released whenever the
 * page is hidden, so it is requested again each time the page becomes visible.
 */
export function useWakeLock(): void {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = async () => {
      if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        const lock = await navigator.wakeLock.request('screen');
        if (stopped) await lock.release();
        else sentinel = lock;
      } catch (error) {
        console.info('[bangtin] screen wake lock unavailable', error); // power policy, or not a secure context
      }
    };
    const onVisibilityChange = () => void acquire();
    document.addEventListener('visibilitychange', onVisibilityChange);
    void acquire();
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      sentinel?.release().catch(() => undefined);
    };
  }, []);
}
