import { DAY_MS, fromWall, MINUTE_MS, toWall, weekdayOfDay, type TimelineSegment } from '@bangtin/shared';

/** One coloured block in the week grid: a segment's share of one day column. */
export interface WeekBlock {
  /** 0 = Monday … 6 = Sunday. */
  column: number;
  /** Minutes after midnight, on the school's wall clock. */
  startMinute: number;
  endMinute: number;
  segment: TimelineSegment;
  /** The block continues from the previous day / into the next (a segment across midnight). */
  continued: boolean;
  continues: boolean;
}

/** The Monday (wall day number) of the week holding `instant` in the school's timezone. */
export function mondayOf(instant: Date, timeZone: string): number {
  const day = Math.floor(toWall(instant, timeZone) / DAY_MS);
  return day - (weekdayOfDay(day) - 1);
}

/** The real instants bounding a wall-clock week that starts on `monday` (a wall day number). */
export function weekBounds(monday: number, timeZone: string): { from: Date; until: Date } {
  return { from: fromWall(monday * DAY_MS, timeZone), until: fromWall((monday + 7) * DAY_MS, timeZone) };
}

/** Wall day number + "HH:MM" → the instant (the preview's "Thứ Hai 07:15" of the week shown). */
export function instantAt(day: number, clock: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return fromWall(day * DAY_MS + (hours * 60 + minutes) * MINUTE_MS, timeZone);
}

/**
 * Cuts the timeline's segments into per-day blocks on the wall clock. Only segments where a schedule entry or an
 * emergency notice is active get a block; the rest is the screen's default rotation (the empty background).
 */
export function weekBlocks(segments: readonly TimelineSegment[], monday: number, timeZone: string): WeekBlock[] {
  const weekStart = monday * DAY_MS;
  const weekEnd = weekStart + 7 * DAY_MS;
  const blocks: WeekBlock[] = [];
  for (const segment of segments) {
    if (segment.activeEntryIds.length === 0 && segment.emergencyId === null) continue;
    const segmentStart = toWall(new Date(segment.from), timeZone);
    const segmentEnd = toWall(new Date(segment.until), timeZone);
    const from = Math.max(segmentStart, weekStart);
    const until = Math.min(segmentEnd, weekEnd);
    for (let start = from; start < until; ) {
      const dayStart = Math.floor(start / DAY_MS) * DAY_MS;
      const end = Math.min(until, dayStart + DAY_MS);
      blocks.push({
        column: Math.floor((dayStart - weekStart) / DAY_MS),
        startMinute: Math.round((start - dayStart) / MINUTE_MS),
        endMinute: Math.round((end - dayStart) / MINUTE_MS),
        segment,
        continued: segmentStart < start,
        continues: segmentEnd > end,
      });
      start = end;
    }
  }
  return blocks.filter((block) => block.endMinute > block.startMinute);
}

/** Eight calm, distinguishable fills (text on them stays dark, ≥ 7:1); an entry keeps its colour everywhere. */
const PALETTE = ['#cfe3f7', '#fde7c4', '#d6f0dc', '#e8dcf7', '#f8d7e3', '#d3eeee', '#ecebc6', '#e3e7ec'];

/** Colours by creation order, so the first eight entries never share one (a hash would collide early). */
export function entryColours(entries: readonly { id: string; createdAt: string }[]): ReadonlyMap<string, string> {
  const ordered = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return new Map(ordered.map((entry, index) => [entry.id, PALETTE[index % PALETTE.length] ?? '#e3e7ec'] as const));
}
