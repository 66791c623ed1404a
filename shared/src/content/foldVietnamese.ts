/**
 * Vietnamese text folded for matching: diacritics dropped (ă â → a, ơ ư → o u, tones gone), đ → d, lower case.
 * "Hỗ trợ ăn trưa" and "HO TRO AN TRUA" fold to the same "ho tro an trua".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Words of folded text; a code like 1.001622 stays one token. */
export function tokensOf(text: string): string[] {
  return foldVietnamese(text).match(/[a-z0-9]+(?:\.[a-z0-9]+)*/g) ?? [];
}
