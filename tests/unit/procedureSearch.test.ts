import { buildProcedureIndex, editDistance, foldVietnamese, foldVietnameseLine, groupBySituation, searchProcedures, type SearchableProcedure } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';

const procedure = (id: string, code: string, name: string, extra: Partial<SearchableProcedure> = {}): SearchableProcedure => ({
  id,
  code,
  name,
  field: 'Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân',
  applicants: ['Công dân Việt Nam'],
  conditions: '',
  result: { name: 'Quyết định phê duyệt', code: '' },
  dossier: [],
  ...extra,
});

const LUNCH = procedure('lunch', '1.001622', 'Hỗ trợ ăn trưa đối với trẻ em mẫu giáo');
const COSTS = procedure('costs', '1.014336', 'Đề nghị hỗ trợ chi phí học tập trong cơ sở giáo dục mầm non công lập');
const TRANSFER = procedure('transfer', '1.005097', 'Chuyển trường đối với học sinh tiểu học', {
  conditions: 'Học sinh có hoàn cảnh gia đình khó khăn được hỗ trợ bữa ăn',
});
const FEES = procedure('fees', '1.005092', 'Xét, cấp học bổng chính sách', { dossier: [{ group: '', document: 'Giấy khai sinh', originals: 0, copies: 1 }] });
const index = buildProcedureIndex([TRANSFER, FEES, COSTS, LUNCH]);
const ids = (query: string) => searchProcedures(index, query).map((hit) => hit.item.id);

describe('folding Vietnamese for search', () => {
  it('drops diacritics, maps đ to d and lowers the case, in NFC and NFD alike', () => {
    expect(foldVietnamese('Hỗ trợ ăn trưa')).toBe('ho tro an trua');
    expect(foldVietnamese('ĐỀ NGHỊ')).toBe('de nghi');
    expect(foldVietnamese('Hỗ trợ'.normalize('NFD'))).toBe('ho tro');
  });

  it('folds names typed by hand to one line: runs of spaces made one, ends trimmed', () => {
    expect(foldVietnameseLine('  Thời hạn   giải quyết ')).toBe('thoi han giai quyet');
  });

  it('measures typos with transpositions and gives up beyond the budget', () => {
    expect(editDistance('trua', 'trua', 1)).toBe(0);
    expect(editDistance('tura', 'trua', 1)).toBe(1);
    expect(editDistance('truwa', 'trua', 1)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('searching procedures', () => {
  it('ignores diacritics and case', () => {
    expect(ids('ho tro an trua')[0]).toBe('lunch');
    expect(ids('HỖ TRỢ ĂN TRƯA')[0]).toBe('lunch');
    expect(ids('Ho Tro An Trua')[0]).toBe('lunch');
  });

  it('tolerates a small typo per word', () => {
    expect(ids('ho tro an tura')[0]).toBe('lunch');
    expect(ids('chuyen truong')[0]).toBe('transfer');
    expect(ids('chuyen truongg')[0]).toBe('transfer');
    expect(ids('hoc bongg')[0]).toBe('fees');
  });

  it('does not let typos loose on short words', () => {
    // "an" (ăn) with one letter changed would match almost every syllable; two-letter words must match exactly.
    expect(ids('en trua')).toEqual([]);
  });

  it('finds words as they are typed (prefix) and by code', () => {
    expect(ids('an tr')[0]).toBe('lunch');
    expect(ids('1.014336')).toEqual(['costs']);
    expect(ids('1.0146')).toEqual([]);
    expect(ids('1.01433')).toEqual(['costs']);
  });

  it('ranks by relevance: the name beats the fine print, a phrase beats scattered words', () => {
    // All three mention "hỗ trợ"; two in the name, one only in its conditions.
    expect(ids('ho tro')).toEqual(['costs', 'lunch', 'transfer']);
    // "chi phí học tập" as a phrase in the name of `costs`.
    expect(ids('chi phi hoc tap')[0]).toBe('costs');
    // Exact words in the fine print beat a typo match in the name ("khai" ≈ "khăn" one letter off).
    expect(ids('khai sinh')).toEqual(['fees', 'transfer']);
  });

  it('forgives one unknown word among three or more, never among two', () => {
    expect(ids('ho tro an trua xyz')[0]).toBe('lunch');
    expect(ids('an xyz')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });
});

describe('life situations', () => {
  it('groups by words in the name only, with diacritics (giảm ≠ giám)', () => {
    const items = [LUNCH, COSTS, TRANSFER, procedure('x', '1.000001', 'Giám định y khoa')];
    const groups = Object.fromEntries(groupBySituation(items).map((g) => [g.situation.id, g.items.map((i) => i.id)]));
    expect(groups.support).toEqual(['lunch', 'costs']);
    expect(groups.meals).toEqual(['lunch']);
    expect(groups.fees).toEqual(['costs']);
    expect(groups.enrolment).toEqual(['transfer']);
    expect(groups.disability).toBeUndefined();
  });
});
