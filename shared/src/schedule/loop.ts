import { slideSeconds, type ReadingBounds } from '../content/readingTime.ts';
import type { PublicContentItem } from '../schemas/content.ts';
import type { Screen } from '../schemas/screen.ts';

/**
 * The loop a screen plays: its items in plan order, once each, except that an item with a frequency ("ít nhất mỗi 3
 * phút", a schedule entry's `everyMinutes`) is played again wherever the next start would otherwise come later than
 * that. The server builds the loop it sends, the kiosk builds the same loop from its cached plan while offline, and
 * the admin shows its length and how often each item comes round. Pure, deterministic.
 */

export interface LoopSlot {
  /** Seconds the slide stays on screen (all its pages). */
  seconds: number;
  /** At most this many minutes between two starts of this item; null = once per loop. */
  everyMinutes: number | null;
  /**
   * Or at least this share of the loop's time (percent): a slide of d seconds taking share s must start again within
   * d ÷ s seconds, so the share becomes a bound like `everyMinutes` (the tighter of the two counts).
   */
  sharePercent?: number | null | undefined;
}

const isFrequent = (slot: Pick<LoopSlot, 'everyMinutes' | 'sharePercent'> | undefined) => (slot?.everyMinutes ?? null) !== null || (slot?.sharePercent ?? null) !== null;

/** The longest wait (seconds) between two starts of a frequent slot. */
function boundSeconds(slot: LoopSlot | undefined): number {
  if (!slot) return 0;
  const byMinutes = slot.everyMinutes !== null ? slot.everyMinutes * 60 : Number.POSITIVE_INFINITY;
  const share = slot.sharePercent ?? null;
  const byShare = share !== null && share > 0 ? Math.max(0, slot.seconds) / (share / 100) : Number.POSITIVE_INFINITY;
  return Math.min(byMinutes, byShare);
}

/** Upper bound of extra plays, so a frequency shorter than the slides around it cannot grow the loop without end. */
const MAX_LOOP_FACTOR = 20;

/**
 * Indices into `slots`, in play order. Each item plays once at its own place; a frequent item is also slotted in
 * before any item that would make its next start later than its bound, and once more at the end when the wrap to the
 * next loop would be too long. The bound holds whenever it can (a bound shorter than the slides in between cannot be
 * met: the item then plays as often as it can without two plays in a row).
 */
export function buildLoop(slots: readonly LoopSlot[]): number[] {
  const order = slots.map((_, i) => i);
  const frequent = order.filter((i) => isFrequent(slots[i]));
  if (frequent.length === 0 || slots.length < 2) return order;
  // The loop repeats: how long before the loop's start each frequent item last started comes from the loop itself,
  // so build, measure that carry, and build again until it settles (two or three rounds in practice).
  let carry = new Map<number, number>();
  let loop: number[] = [];
  for (let round = 0; round < 4; round++) {
    const built = buildOnce(slots, order, frequent, carry);
    loop = built.loop;
    const same = frequent.every((f) => built.carry.get(f) === carry.get(f));
    carry = built.carry;
    if (same) break;
  }
  return loop;
}

function buildOnce(slots: readonly LoopSlot[], order: readonly number[], frequent: readonly number[], carry: ReadonlyMap<number, number>) {
  const bound = (i: number) => boundSeconds(slots[i]);
  const seconds = (i: number) => Math.max(0, slots[i]?.seconds ?? 0);
  const loop: number[] = [];
  const placed = new Set<number>();
  // Started `carry` seconds before this loop began (at the end of the previous loop).
  const lastStart = new Map<number, number>([...carry].map(([f, before]) => [f, -before] as const));
  let t = 0;
  const place = (i: number) => {
    loop.push(i);
    placed.add(i);
    lastStart.set(i, t);
    t += seconds(i);
  };
  const limit = slots.length * MAX_LOOP_FACTOR;
  // Two notices may fall due together and one must wait for the other: each keeps that much slack.
  const frequentSeconds = frequent.reduce((sum, f) => sum + seconds(f), 0);
  /** The frequent item (not `except`, not the one just placed) whose bound would break if `nextSeconds` passed first. */
  const due = (nextSeconds: number, except: number) => {
    let pick = -1;
    let pickDeadline = Number.POSITIVE_INFINITY;
    for (const f of frequent) {
      const last = lastStart.get(f);
      if (f === except || last === undefined || loop[loop.length - 1] === f) continue;
      const deadline = last + bound(f) - (frequentSeconds - seconds(f));
      if (t + nextSeconds > deadline && deadline < pickDeadline) {
        pick = f;
        pickDeadline = deadline;
      }
    }
    return pick;
  };
  for (const i of order) {
    if (placed.has(i)) continue; // a frequent item that already came round on its own bound
    for (let f = due(seconds(i), i); f >= 0 && loop.length < limit; f = due(seconds(i), i)) place(f);
    place(i);
  }
  return { loop, carry: new Map(frequent.map((f) => [f, t - (lastStart.get(f) ?? 0)] as const)) };
}

export interface LoopFigures {
  /** One loop, in seconds. */
  loopSeconds: number;
  /** Per item index: plays per loop, plays per hour, and the longest wait between two of its starts (seconds). */
  items: { plays: number; perHour: number; longestGapSeconds: number }[];
}

/** What the office reads on the screen's plan: the loop's length and how often each item comes round. */
export function loopFigures(slots: readonly LoopSlot[], loop: readonly number[] = buildLoop(slots)): LoopFigures {
  const starts: number[][] = slots.map(() => []);
  let t = 0;
  for (const i of loop) {
    starts[i]?.push(t);
    t += Math.max(0, slots[i]?.seconds ?? 0);
  }
  const loopSeconds = t;
  return {
    loopSeconds,
    items: starts.map((list) => {
      const plays = list.length;
      let longest = plays > 0 ? loopSeconds : 0;
      if (plays > 1) {
        longest = 0;
        list.forEach((start, k) => {
          const next = k + 1 < plays ? (list[k + 1] ?? 0) : (list[0] ?? 0) + loopSeconds;
          longest = Math.max(longest, next - start);
        });
      }
      return { plays, perHour: loopSeconds > 0 ? (plays * 3600) / loopSeconds : 0, longestGapSeconds: longest };
    }),
  };
}

/**
 * The items a screen plays in loop order (frequent ones repeated), timed as that screen times them: the school's
 * reading-time rule and the screen's profile (a procedure off the reception desk is its one-slide summary).
 */
export function playLoop<T extends PublicContentItem>(
  planned: readonly { item: T; everyMinutes: number | null; sharePercent?: number | null | undefined }[],
  bounds?: ReadingBounds,
  profile?: Screen['profile'],
): T[] {
  if (!planned.some((p) => isFrequent(p))) return planned.map((p) => p.item);
  const loop = buildLoop(planned.map((p) => ({ seconds: slideSeconds(p.item, bounds, profile), everyMinutes: p.everyMinutes, sharePercent: p.sharePercent ?? null })));
  return loop.flatMap((i) => {
    const found = planned[i];
    return found ? [found.item] : [];
  });
}
