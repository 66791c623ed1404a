/**
 * Pure packing of measured procedure sections into columns and pages (no DOM here, so it is unit-testable).
 * Reading order is column by column, page by page. Rules:
 *  - a heading never ends a column without at least one of its rows, nor a row marked keep-with-next
 *    (a dossier group title, the first lines of a step) without the row after it;
 *  - a short section that does not fit the rest of a column starts the next one whole;
 *  - a section that continues gets a "(tiếp theo)" heading and its repeated table header;
 *  - a row taller than a whole column is placed alone (and clipped) so packing always progresses.
 */
export interface MeasuredSection {
  headingHeight: number;
  continuedHeadingHeight: number;
  /** Table header repeated on every part of the section (0 when none). */
  repeatHeight: number;
  rowHeights: readonly number[];
  /** Rows that must not end a column while the section goes on (same length as rowHeights; missing = false). */
  keepWithNext?: readonly boolean[];
}

/** Rows [from, to) of one section placed in one column. */
export interface Slice {
  section: number;
  continued: boolean;
  from: number;
  to: number;
}

export type Column = Slice[];
export type Page = Column[];

/** Sections up to this share of a column are kept together rather than split. */
const KEEP_TOGETHER_SHARE = 0.35;

export function paginate(sections: readonly MeasuredSection[], columnHeight: number, columnsPerPage: number): Page[] {
  const pages: Page[] = [[[]]];
  let used = 0;
  const currentPage = (): Page => pages[pages.length - 1] ?? [];
  const currentColumn = (): Column => {
    const page = currentPage();
    return page[page.length - 1] ?? [];
  };
  const newColumn = () => {
    const page = currentPage();
    if (page.length < columnsPerPage) page.push([]);
    else pages.push([[]]);
    used = 0;
  };

  sections.forEach((section, index) => {
    const rows = section.rowHeights;
    if (rows.length === 0) return;
    const whole = section.headingHeight + section.repeatHeight + rows.reduce((sum, h) => sum + h, 0);
    if (used > 0 && used + whole > columnHeight && whole <= columnHeight * KEEP_TOGETHER_SHARE) newColumn();

    let row = 0;
    let continued = false;
    while (row < rows.length) {
      const head = (continued ? section.continuedHeadingHeight : section.headingHeight) + section.repeatHeight;
      if (used > 0 && used + head + (rows[row] ?? 0) > columnHeight) {
        newColumn();
        continue;
      }
      const from = row;
      let height = used + head;
      while (row < rows.length && (row === from || height + (rows[row] ?? 0) <= columnHeight)) {
        height += rows[row] ?? 0;
        row += 1;
      }
      while (row < rows.length && row - from > 1 && section.keepWithNext?.[row - 1]) {
        row -= 1;
        height -= rows[row] ?? 0;
      }
      currentColumn().push({ section: index, continued, from, to: row });
      used = height;
      if (row < rows.length) {
        newColumn();
        continued = true;
      }
    }
  });

  // Drop a trailing empty page (a section that ended exactly at a page end never opens one, but be safe).
  return pages.filter((page) => page.some((column) => column.length > 0));
}

/** About 26 body-size ems per column (≈ 50–60 Vietnamese characters a line), at most three columns. */
export function columnsFor(width: number, bodyPx: number): number {
  if (bodyPx <= 0) return 1;
  return Math.max(1, Math.min(3, Math.floor(width / (bodyPx * 26))));
}
