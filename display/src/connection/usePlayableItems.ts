import { calendarDate, type DisplaySnapshot, type PublicContentItem } from '@bangtin/shared';
import { useEffect, useMemo, useState } from 'react';
import { displayTimeZone } from '../frame/timeZone.ts';
import { stillValidOn } from './offlineValidity.ts';

const NO_ITEMS: readonly PublicContentItem[] = [];

/** Today's date in the school's timezone, re-read every minute (re-renders only when the date changes). */
function useCalendarDay(timeZone: string): string {
  const [day, setDay] = useState(() => calendarDate(new Date(), timeZone));
  useEffect(() => {
    const timer = window.setInterval(() => setDay(calendarDate(new Date(), timeZone)), 60_000);
    return () => window.clearInterval(timer);
  }, [timeZone]);
  return day;
}

/** The items to play: the server's list while connected; without it, the cached list minus what has expired. */
export function usePlayableItems(snapshot: DisplaySnapshot | null, online: boolean): readonly PublicContentItem[] {
  const today = useCalendarDay(displayTimeZone(snapshot?.school.timezone ?? ''));
  const items = snapshot?.items ?? NO_ITEMS;
  return useMemo(() => (online ? items : stillValidOn(items, today)), [items, online, today]);
}
