/**
 * Vietnamese line-breaking rules for wall text: the runs a reader must see on one line are joined so the browser
 * never splits them — "Hà Nội", "phường Tương Mai", "360.000 đồng/tháng", "28/11/2026", "ngày 20/10/2025",
 * "Nghị định số 20/2008/NĐ-CP", "024 3825 1234". Inside a run, spaces become no-break spaces (U+00A0) and a word
 * joiner (U+2060, invisible, no glyph needed) follows each "-" or "/" that is followed by a letter (where Chromium
 * would otherwise break "NĐ-" | "CP"). A run still wider than its whole line wraps anyway (overflow-wrap: anywhere),
 * so nothing ever overflows. Pure string → string, idempotent; applied wherever slide text is rendered.
 */
export const NO_BREAK_SPACE = '\u00a0';
export const WORD_JOINER = '\u2060';

const L = '\\p{L}';
const UPPER_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]*';
const NOT_AFTER_WORD = `(?<![${L}\\d])`;
const NOT_BEFORE_WORD = `(?![${L}\\d])`;

/** "105/2020/NĐ-CP", "985/QĐ-BGDĐT", "66.7/2025/NQ-CP", "217/2025/QH15". */
const DOC_NUMBER = `\\d+(?:\\.\\d+)?(?:\\/\\d{4})?\\/[\\p{Lu}\\d][${L}\\d&]*(?:-[\\p{Lu}\\d][${L}\\d&]*)*`;
const DOC_KINDS = ['Nghị định', 'Nghị quyết', 'Quyết định', 'Thông tư liên tịch', 'Thông tư', 'Chỉ thị', 'Công văn', 'Luật', 'NĐ', 'NQ', 'QĐ', 'TTLT', 'TT'];

/** Units that must stay with their number ("24 ngày làm việc" before "24 ngày"). */
const UNITS = ['ngày làm việc', 'học sinh', 'đồng', 'đ', 'VNĐ', 'VND', 'triệu', 'tỷ', 'nghìn', 'ngàn', 'điểm', 'bậc', 'ngày', 'tháng', 'năm', 'giờ', 'phút', 'giây', 'tuổi', 'người', 'trẻ', 'cháu', 'bộ', 'bản', 'lần', 'km', 'kg', 'm'];

/** Words a name follows: "phường Tương Mai", "cô Lan", "Thành phố Hà Nội". */
const TITLES = ['đồng chí', 'thành phố', 'thị xã', 'ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'cháu', 'bé', 'em', 'phường', 'xã', 'quận', 'huyện', 'tỉnh', 'thôn'];
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const TITLE_WORDS = [...TITLES, ...TITLES.map(capitalised)];

/** Longer proper-name runs are left alone: a Title Case heading, not a name. */
const MAX_NAME_WORDS = 4;
const PHONE_DIGITS = { min: 8, max: 12 };

interface Rule {
  pattern: RegExp;
  /** Keeps only some matches (optional). */
  accept?: (match: string) => boolean;
}

const rule = (source: string, accept?: (match: string) => boolean): Rule => ({ pattern: new RegExp(source, 'gu'), accept });
const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.]/g, '\\.')).join('|');

const RULES: Rule[] = [
  // Decree references, with their kind and "số": "Nghị định số 20/2008/NĐ-CP"; a bare number keeps its own parts.
  rule(`${NOT_AFTER_WORD}(?:(?:${alternatives(DOC_KINDS)}) (?:số )?)?${DOC_NUMBER}${NOT_BEFORE_WORD}`),
  // Phone numbers written in groups: "024 3825 1234", "0912 345 678", "1900 1234", "+84 24 3825 1234".
  rule(`${NOT_AFTER_WORD}(?:\\+84|0|1[89]00)\\d{0,3}(?: \\d{2,4}){1,4}${NOT_BEFORE_WORD}`, (m) => {
    const digits = m.replace(/\D/g, '').length;
    return digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max;
  }),
  // Numbers with their unit, and a per-unit tail: "360.000 đồng/tháng", "92,57 %", "24 ngày làm việc".
  rule(`${NOT_AFTER_WORD}\\d[\\d.,]*(?: ?%| (?:${alternatives(UNITS)})(?:\\/(?:năm học|[${L}]+))*)${NOT_BEFORE_WORD}`),
  // Dates and their keywords: "ngày 28", "tháng 11", "năm 2026", "ngày 20/10/2025", "28/11/2026".
  rule(`${NOT_AFTER_WORD}(?:[Nn]gày|[Tt]háng|[Nn]ăm) \\d[\\d/]*${NOT_BEFORE_WORD}`),
  rule(`${NOT_AFTER_WORD}\\d{1,2}\\/\\d{1,2}(?:\\/\\d{4})?${NOT_BEFORE_WORD}`),
  // A title and the name after it: "phường Tương Mai", "cô Lan".
  rule(`${NOT_AFTER_WORD}(?:${alternatives(TITLE_WORDS)}) ${UPPER_WORD}(?: ${UPPER_WORD}){0,${MAX_NAME_WORDS - 1}}${NOT_BEFORE_WORD}`),
  // Proper names: two to four capitalised syllables ("Hà Nội", "Vườn Xanh Nam Đô").
  rule(`${NOT_AFTER_WORD}${UPPER_WORD}(?: ${UPPER_WORD})+${NOT_BEFORE_WORD}`, (m) => m.split(' ').length <= MAX_NAME_WORDS),
  // A spaced dash stays at the end of the line before it, never starts one.
  rule(`[^\\s] [–—-](?= )`),
];

type Range = [number, number];

function joinedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const { pattern, accept } of RULES) {
    for (const match of text.matchAll(pattern)) {
      if (accept && !accept(match[0])) continue;
      ranges.push([match.index, match.index + match[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

const joinRun = (run: string) => run.replace(/ /g, NO_BREAK_SPACE).replace(/([-/])(?=\p{L})/gu, `$1${WORD_JOINER}`);

/** The text with every run of the rules above made unbreakable. */
export function keepTogether(text: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of joinedRanges(text)) {
    out += text.slice(at, start) + joinRun(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/** The same for rendered HTML (sanitised Markdown): only text between tags changes, never a tag or an attribute. */
export function keepTogetherHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${keepTogether(text)}<`);
}
