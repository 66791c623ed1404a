import { describe, expect, it } from 'vitest';
import { columnsFor, paginate, type MeasuredSection, type Page } from '../../../display/src/slides/procedure/paginate.ts';

const section = (rowHeights: number[], extra: Partial<MeasuredSection> = {}): MeasuredSection => ({
  headingHeight: 10,
  continuedHeadingHeight: 12,
  repeatHeight: 0,
  rowHeights,
  ...extra,
});

/** Every row of every section, in reading order, as "section:row". */
const readingOrder = (pages: Page[]) =>
  pages.flatMap((page) => page.flatMap((column) => column.flatMap((slice) => Array.from({ length: slice.to - slice.from }, (_, i) => `${slice.section}:${slice.from + i}`))));

/** Height a column uses: each slice's heading (continued or not) + repeat + its rows. */
const columnHeights = (pages: Page[], sections: MeasuredSection[]) =>
  pages.flatMap((page) =>
    page.map((column) =>
      column.reduce((sum, slice) => {
        const s = sections[slice.section]!;
        const head = (slice.continued ? s.continuedHeadingHeight : s.headingHeight) + s.repeatHeight;
        return sum + head + s.rowHeights.slice(slice.from, slice.to).reduce((a, b) => a + b, 0);
      }, 0),
    ),
  );

describe('procedure pagination', () => {
  it('puts everything on one column when it fits', () => {
    const pages = paginate([section([20, 20]), section([30])], 200, 3);
    expect(pages).toEqual([[[
      { section: 0, continued: false, from: 0, to: 2 },
      { section: 1, continued: false, from: 0, to: 1 },
    ]]]);
  });

  it('splits a long section across columns, then pages, with continued headings, keeping every row once and in order', () => {
    const sections = [section(Array(30).fill(20), { repeatHeight: 5 })];
    const pages = paginate(sections, 100, 2);
    expect(readingOrder(pages)).toEqual(Array.from({ length: 30 }, (_, i) => `0:${i}`));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(2);
    const slices = pages.flat(2);
    expect(slices[0]!.continued).toBe(false);
    expect(slices.slice(1).every((slice) => slice.continued)).toBe(true);
    for (const height of columnHeights(pages, sections)) expect(height).toBeLessThanOrEqual(100);
  });

  it('starts a short section in the next column rather than splitting it', () => {
    // 70 used; the second section (10 + 10 + 11 = 31) is short (≤ 35 % of 100) and does not fit the 30 left.
    const pages = paginate([section([60]), section([10, 11])], 100, 3);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toHaveLength(2);
    expect(pages[0]![1]).toEqual([{ section: 1, continued: false, from: 0, to: 2 }]);
  });

  it('never ends a column on a keep-with-next row while the section goes on', () => {
    // Rows 0–2 would fit the first column (10 + 40 + 20 + 20 = 90), but row 2 is a group title (keep with
    // next) and row 3 does not fit after it: the title moves on with its row.
    const sections = [section([40, 20, 20, 40], { keepWithNext: [false, false, true, false] })];
    const pages = paginate(sections, 100, 3);
    expect(pages[0]![0]).toEqual([{ section: 0, continued: false, from: 0, to: 2 }]);
    expect(pages[0]![1]).toEqual([{ section: 0, continued: true, from: 2, to: 4 }]);
    expect(readingOrder(pages)).toEqual(['0:0', '0:1', '0:2', '0:3']);
  });

  it('places a row taller than a column alone so packing still progresses', () => {
    const pages = paginate([section([20, 500, 20])], 100, 1);
    expect(readingOrder(pages)).toEqual(['0:0', '0:1', '0:2']);
    expect(pages.flat(2).find((slice) => slice.from === 1)).toEqual({ section: 0, continued: true, from: 1, to: 2 });
  });

  it('skips empty sections and returns no empty pages', () => {
    expect(paginate([section([])], 100, 2)).toEqual([]);
    expect(paginate([section([]), section([10])], 100, 2)).toEqual([[[{ section: 1, continued: false, from: 0, to: 1 }]]]);
  });

  it('chooses one to three columns from the width in body-size ems', () => {
    expect(columnsFor(1000, 0)).toBe(1);
    expect(columnsFor(500, 20)).toBe(1); // 25 em
    expect(columnsFor(1040, 20)).toBe(2); // 52 em
    expect(columnsFor(5000, 20)).toBe(3); // capped
  });
});
