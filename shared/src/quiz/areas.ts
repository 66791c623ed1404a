/**
 * The reform areas a quiz question belongs to, by the plan's section codes (Kế hoạch 2021–2025, mục II), with short
 * names for chips and lists. Kept here for the quiz until the shared areas list (issue #14) replaces it.
 */
export const QUIZ_AREAS = [
  { code: 'II.1', name: 'Chủ trương, chính sách về CCHC' },
  { code: 'II.2a', name: 'Cải cách thể chế' },
  { code: 'II.2b', name: 'Cải cách thủ tục hành chính' },
  { code: 'II.2c', name: 'Cải cách tổ chức bộ máy' },
  { code: 'II.2d', name: 'Cải cách chế độ công vụ' },
  { code: 'II.2e', name: 'Cải cách tài chính công' },
  { code: 'II.2f', name: 'Chính phủ điện tử, Chính phủ số' },
  { code: 'II.3', name: 'Kết quả CCHC' },
] as const;

export const quizAreaName = (code: string): string => QUIZ_AREAS.find((a) => a.code === code)?.name ?? code;
