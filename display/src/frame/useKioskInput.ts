import { useEffect } from 'react';

const CURSOR_IDLE_MS = 3000;

/**
 * A wall screen is not a web page: the cursor hides after 3 s without movement, and the context menu,
 * text selection and dragging are off (someone pressing on a touch kiosk must not break the frame).
 */
export function useKioskInput(): void {
  useEffect(() => {
    const root = document.documentElement;
    let idleTimer: number | undefined;
    const wake = () => {
      root.classList.remove('cursor-hidden');
      window.clearTimeout(idleTimer);
      idleTimer = window.setTimeout(() => root.classList.add('cursor-hidden'), CURSOR_IDLE_MS);
    };
    const block = (event: Event) => event.preventDefault();
    wake();
    window.addEventListener('pointermove', wake, { passive: true });
    window.addEventListener('pointerdown', wake, { passive: true });
    window.addEventListener('contextmenu', block);
    window.addEventListener('selectstart', block);
    window.addEventListener('dragstart', block);
    return () => {
      window.clearTimeout(idleTimer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
      window.removeEventListener('contextmenu', block);
      window.removeEventListener('selectstart', block);
      window.removeEventListener('dragstart', block);
    };
  }, []);
}
