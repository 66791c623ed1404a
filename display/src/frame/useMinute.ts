import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;

/**
 * The current wall-clock minute as a Date. Polls every second (so the clock turns over within a second of
 * the minute changing) but re-renders only when the minute changes.
 */
export function useMinute(): Date {
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / MINUTE_MS));
  useEffect(() => {
    const timer = window.setInterval(() => setMinute(Math.floor(Date.now() / MINUTE_MS)), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return new Date(minute * MINUTE_MS);
}
