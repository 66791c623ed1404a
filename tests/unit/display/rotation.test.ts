import type { PublicContentItem } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import {
  fadeMsFor,
  isPageTurn,
  MIN_FADING_SLIDE_MS,
  nextOf,
  resolveActive,
  slideDurationMs,
  stepBack,
  stepForward,
} from '../../../display/src/player/rotation.ts';

const slogan = (id: string, durationSeconds: number | null = 10): PublicContentItem => ({
  id,
  type: 'slogan',
  text: `Khẩu hiệu ${id}`,
  attribution: '',
  theme: 'red',
  version: 1,
  validFrom: null,
  validUntil: null,
  durationSeconds,
  sample: false,
  source: '',
});

const [a, b, c] = [slogan('a'), slogan('b'), slogan('c')];
const playlist = [a, b, c];

describe('which slide plays after a playlist change', () => {
  it('keeps the current slide (at its new position) when it is still in the playlist', () => {
    expect(resolveActive([c, a, b], 'a', 0)).toEqual({ item: a, index: 1 });
  });

  it('falls back to whatever now sits at the old position, or the first when the list got shorter', () => {
    expect(resolveActive([a, c], 'b', 1)).toEqual({ item: c, index: 1 });
    expect(resolveActive([a], 'b', 2)).toEqual({ item: a, index: 0 });
    expect(resolveActive([], 'a', 0)).toEqual({ item: null, index: 0 });
  });

  it('pre-renders the following slide, wrapping at the end', () => {
    expect(nextOf(playlist, 1).item).toBe(c);
    expect(nextOf(playlist, 2)).toEqual({ item: a, index: 0 });
    expect(nextOf([], 0).item).toBeNull();
  });
});

describe('stepping through slides and pages', () => {
  // b is a procedure laid out on three pages; the others have one.
  const pagesAt = (index: number) => (index === 1 ? 3 : 1);

  it('forward walks every page of a paged slide, then the next slide, wrapping at the end', () => {
    const walk = [{ index: 0, page: 0 }];
    for (let i = 0; i < 5; i++) walk.push(stepForward(walk[walk.length - 1]!, 3, pagesAt));
    expect(walk).toEqual([
      { index: 0, page: 0 },
      { index: 1, page: 0 },
      { index: 1, page: 1 },
      { index: 1, page: 2 },
      { index: 2, page: 0 },
      { index: 0, page: 0 },
    ]);
  });

  it('back walks pages backwards and enters the previous slide on its last page', () => {
    expect(stepBack({ index: 2, page: 0 }, 3, pagesAt)).toEqual({ index: 1, page: 2 });
    expect(stepBack({ index: 1, page: 2 }, 3, pagesAt)).toEqual({ index: 1, page: 1 });
    expect(stepBack({ index: 1, page: 0 }, 3, pagesAt)).toEqual({ index: 0, page: 0 });
    expect(stepBack({ index: 0, page: 0 }, 3, pagesAt)).toEqual({ index: 2, page: 0 });
  });

  it('back from a page beyond a shrunken page count goes to the page before the new last one', () => {
    expect(stepBack({ index: 1, page: 5 }, 3, pagesAt)).toEqual({ index: 1, page: 1 });
    expect(stepBack({ index: 0, page: 4 }, 3, pagesAt)).toEqual({ index: 2, page: 0 }); // now a one-page slide
  });

  it('tells a page turn from a slide boundary, even for a lone paged slide wrapping round', () => {
    expect(isPageTurn({ index: 1, page: 0 }, { index: 1, page: 1 }, 1)).toBe(true);
    expect(isPageTurn({ index: 1, page: 1 }, { index: 1, page: 0 }, -1)).toBe(true);
    expect(isPageTurn({ index: 1, page: 2 }, { index: 2, page: 0 }, 1)).toBe(false);
    const lone = (i: number) => (i === 0 ? 2 : 1);
    const wrapped = stepForward({ index: 0, page: 1 }, 1, lone);
    expect(wrapped).toEqual({ index: 0, page: 0 });
    expect(isPageTurn({ index: 0, page: 1 }, wrapped, 1)).toBe(false);
  });

  it('an empty playlist stays put', () => {
    expect(stepForward({ index: 0, page: 0 }, 0, pagesAt)).toEqual({ index: 0, page: 0 });
    expect(stepBack({ index: 0, page: 0 }, 0, pagesAt)).toEqual({ index: 0, page: 0 });
  });
});

describe('timing under the ?speed test hook', () => {
  it('divides the slide time by the speed', () => {
    expect(slideDurationMs(slogan('x', 30), 1)).toBe(30_000);
    expect(slideDurationMs(slogan('x', 30), 1000)).toBe(30);
  });

  it('fades for a quarter of a short slide, at most 700 ms, and cuts when a slide is under 300 ms', () => {
    expect(fadeMsFor(10_000)).toBe(700);
    expect(fadeMsFor(2_000)).toBe(500);
    expect(fadeMsFor(MIN_FADING_SLIDE_MS)).toBe(75);
    expect(fadeMsFor(MIN_FADING_SLIDE_MS - 1)).toBe(0);
    expect(fadeMsFor(8)).toBe(0);
  });
});
