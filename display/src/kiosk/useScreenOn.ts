import { screenIsOn, type DisplaySnapshot } from '@bangtin/shared';
import { displayTimeZone } from '../frame/timeZone.ts';
import { useMinute } from '../frame/useMinute.ts';

/**
 * Whether the screen's on/off timetable has it lit now (school's wall clock; re-checked within a second of each minute,
 * so it goes dark at the off minute and wakes at the on minute, offline too: the timetable travels in the snapshot).
 */
export function useScreenOn(snapshot: DisplaySnapshot | null): boolean {
  const minute = useMinute();
  if (!snapshot) return true;
  return screenIsOn(snapshot.screen.powerSchedule, minute, displayTimeZone(snapshot.school.timezone));
}
