import type { PowerWindow } from '../schemas/screen.ts';
import { zonedParts } from '../format/time.ts';

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Whether a screen with this on/off timetable should be lit at `at` on the school's wall clock. No timetable (absent
 * or empty) = always on. Windows are [on, off): at the off minute the screen goes dark, at the on minute it wakes.
 */
export function screenIsOn(windows: readonly PowerWindow[] | undefined, at: Date, timeZone: string): boolean {
  if (!windows || windows.length === 0) return true;
  const { weekday, hour, minute } = zonedParts(at, timeZone);
  const now = `${pad2(hour)}:${pad2(minute)}`;
  return windows.some((w) => w.days.includes(weekday) && w.on <= now && now < w.off);
}
