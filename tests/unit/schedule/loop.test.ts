import { describe, expect, it } from 'vitest';
import { buildLoop, loopFigures, type LoopSlot } from '@bangtin/shared';

/** A notice came round once in ≈ 7 minutes on the gate; with "ít nhất mỗi 3 phút" it must never wait longer. */
const slide = (seconds: number, everyMinutes: number | null = null): LoopSlot => ({ seconds, everyMinutes });

/** Every wait between two starts of item `i` (cyclic: the last start to the first start of the next loop). */
function gaps(slots: readonly LoopSlot[], loop: readonly number[], i: number): number[] {
  const starts: number[] = [];
  let t = 0;
  for (const k of loop) {
    if (k === i) starts.push(t);
    t += slots[k]?.seconds ?? 0;
  }
  return starts.map((s, k) => (k + 1 < starts.length ? (starts[k + 1] ?? 0) : (starts[0] ?? 0) + t) - s);
}

describe('a notice with a frequency comes round at least that often', () => {
  it('26 slides of ≈ 16 s (a 7-minute loop): the notice set to every 3 minutes never waits more than 180 s', () => {
    const slots = Array.from({ length: 26 }, (_, i) => slide(12 + (i % 9), i === 4 ? 3 : null));
    const loop = buildLoop(slots);
    expect(Math.max(...gaps(slots, loop, 4))).toBeLessThanOrEqual(180);
    // Everything else still plays exactly once, in its order.
    expect(loop.filter((i) => i !== 4)).toEqual(slots.map((_, i) => i).filter((i) => i !== 4));
    const figures = loopFigures(slots, loop);
    expect(figures.items[4]?.plays).toBeGreaterThanOrEqual(3);
    expect(figures.items[4]?.longestGapSeconds).toBeLessThanOrEqual(180);
    expect(figures.items[0]?.plays).toBe(1);
  });

  it.each([
    [1, 2],
    [2, 5],
    [5, 1],
  ])('two notices (every %i and every %i minutes) among 40 slides of varied length both keep their bound', (a, b) => {
    const slots = Array.from({ length: 40 }, (_, i) => slide(8 + ((i * 7) % 25), i === 0 ? a : i === 17 ? b : null));
    const loop = buildLoop(slots);
    expect(Math.max(...gaps(slots, loop, 0))).toBeLessThanOrEqual(a * 60);
    expect(Math.max(...gaps(slots, loop, 17))).toBeLessThanOrEqual(b * 60);
    for (let k = 1; k < loop.length; k++) expect(loop[k], 'never twice in a row').not.toBe(loop[k - 1]);
  });

  it('without frequencies the loop is the plan order, once each; a bound the loop already meets adds nothing', () => {
    expect(buildLoop([slide(10), slide(20), slide(30)])).toEqual([0, 1, 2]);
    expect(buildLoop([slide(10), slide(20, 5), slide(30)])).toEqual([0, 1, 2]);
    expect(loopFigures([slide(10), slide(20), slide(30)])).toEqual({
      loopSeconds: 60,
      items: [
        { plays: 1, perHour: 60, longestGapSeconds: 60 },
        { plays: 1, perHour: 60, longestGapSeconds: 60 },
        { plays: 1, perHour: 60, longestGapSeconds: 60 },
      ],
    });
  });

  it('a bound shorter than the slides between cannot be met: the notice plays between every other slide, the loop stays finite', () => {
    const slots = [slide(10, 1), slide(90), slide(90), slide(90)];
    const loop = buildLoop(slots);
    expect(loop).toEqual([0, 1, 0, 2, 0, 3]);
  });
});

describe('the kiosk walks a loop where a notice appears more than once', () => {
  it('the second occurrence of the notice is played in place, not sent back to the first (the loop would never finish)', async () => {
    const { resolveActive } = await import('../../../display/src/player/rotation.ts');
    const items = ['n', 'a', 'n', 'b'].map((id) => ({ id }) as Parameters<typeof resolveActive>[0][number]);
    expect(resolveActive(items, 'n', 2).index).toBe(2);
    expect(resolveActive(items, 'n', 0).index).toBe(0);
    expect(resolveActive(items, 'b', 1).index).toBe(3); // the list changed under it: found by id
  });
});
