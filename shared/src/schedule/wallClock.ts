import { zonedParts } from '../format/time.ts';

/**
 * "Wall ms": a school-local date and time written as if it were UTC. Schedules speak the school's wall clock
 * ("07:15 on Monday"), so rules are evaluated on this timeline and only the results go back to real instants.
 */
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

export function toWall(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const p = zonedParts(new Date(ms), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) + (((ms % 1000) + 1000) % 1000);
}

/**
 * The instant showing a given wall time. In a DST gap the instant just after it; in an overlap the first one.
 * (Việt Nam has no DST; other timezones are accepted by the school schema, so the rule is stated.)
 */
export function fromWall(wall: number, timeZone: string): Date {
  let guess = wall - (toWall(wall, timeZone) - wall);
  for (let i = 0; i < 2; i++) {
    const shown = toWall(guess, timeZone);
    if (shown === wall) break;
    guess += wall - shown;
  }
  return new Date(guess);
}

/** Days since 1970-01-01 of an ISO date "YYYY-MM-DD". */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. 1970-01-01 was a Thursday. */
export const weekdayOfDay = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/** "HH:MM" → minutes after midnight. */
export const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * Wall ↔ instant conversions for one planning horizon. When the zone's offset is the same at both ends (no DST
 * change in between — always so in Việt Nam) every conversion is plain arithmetic; otherwise each goes through Intl.
 */
export function horizonClock(instant: Date, horizonMs: number, timeZone: string) {
  const start = instant.getTime();
  const offset = toWall(start, timeZone) - start;
  const fixed = toWall(start + horizonMs, timeZone) - (start + horizonMs) === offset;
  return {
    toWall: (ms: number) => (fixed && ms >= start && ms <= start + horizonMs ? ms + offset : toWall(ms, timeZone)),
    fromWall: (wall: number) => (fixed && wall >= start + offset && wall <= start + horizonMs + offset ? new Date(wall - offset) : fromWall(wall, timeZone)),
  };
}
