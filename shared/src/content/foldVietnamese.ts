/**
 * Vietnamese text folded for matching: diacritics dropped (ă â → a, ơ ư → o u, tones gone), đ → d, lower case.
 * "Hỗ trợ ăn trưa" and "HO TRO AN TRUA" fold to the same "ho tro an trua". The one folding rule of the tree:
 * search boxes, import headers and the reception look-up all match through it.
 */
export function foldVietnamese(text: string): string {
  // NFD splits every tone and vowel mark off its letter; "đ" has no decomposition and is mapped by hand.
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Folded, with runs of white space made one and the ends trimmed: for names typed by hand ("Thời hạn  giải quyết "). */
export function foldVietnameseLine(text: string): string {
  return foldVietnamese(text).replace(/\s+/g, ' ').trim();
}

/** Words of folded text; a code like 1.001622 stays one token. */
export function tokensOf(text: string): string[] {
  return foldVietnamese(text).match(/[a-z0-9]+(?:\.[a-z0-9]+)*/g) ?? [];
}
