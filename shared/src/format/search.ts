/** Folds text for search: no diacritics, đ → d, lower case ("Hiệu trưởng" matches "hieu truong"). */
export const foldForSearch = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
