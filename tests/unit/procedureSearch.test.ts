import {
  buildProcedureIndex,
  decodeTelex,
  editDistance,
  foldVietnamese,
  foldVietnameseLine,
  groupBySituation,
  isVietnameseSyllable,
  lookUpProcedures,
  searchProcedures,
  type SearchableProcedure,
} from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { SEED_PROCEDURES } from '../../server/src/seed/procedures.ts';

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
    // "khai" is a real syllable, so it is never taken for a slip of "khăn" in the conditions of `transfer`.
    expect(ids('khai sinh')).toEqual(['fees']);
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

describe('telling a typo from a real word', () => {
  it('knows a well-formed Vietnamese syllable, spelling rules included (ngh before e, never ng)', () => {
    for (const word of ['bong', 'khai', 'tro', 'nghieng', 'ngheo', 'gia', 'quy', 'ke']) expect(isVietnameseSyllable(word), word).toBe(true);
    for (const word of ['tura', 'truongg', 'hotro', 'ngeo', 'ghe' + 'o' + 'x', 'ca' + 'e', 'trwa']) expect(isVietnameseSyllable(word), word).toBe(false);
  });

  it('reads telex and VNI keys that never turned into marks', () => {
    expect(['hoox', 'trowj', 'awn', 'truwa', 'trwa', 'ddi', 'nguowif', 'dduwowcj', 'tieengs', 'ho4'].map(decodeTelex)).toEqual([
      'ho',
      'tro',
      'an',
      'trua',
      'trua',
      'di',
      'nguoi',
      'duoc',
      'tieng',
      'ho',
    ]);
    expect(decodeTelex('1.001622')).toBe('1.001622');
  });
});

/**
 * Real queries against the procedures a school starts with (server/src/seed/procedures.ts): what parents type on a
 * phone-like keyboard — no spaces, no marks, telex left over, one letter off.
 */
describe('the reception search on the seeded procedures', () => {
  const LUNCH_CODE = '1.001622';
  const COSTS_CODE = '1.014336';
  const seeded = buildProcedureIndex(SEED_PROCEDURES.map(({ fields }) => ({ id: fields.code, ...fields })));
  const look = (query: string) => lookUpProcedures(seeded, query);
  const first = (query: string) => look(query).hits[0]?.item.code;

  it.each([
    // [typed, procedure found first, "Có phải bạn muốn tìm …?" offered]
    ['hotro', LUNCH_CODE, 'hỗ trợ'],
    ['hotroantrua', LUNCH_CODE, 'hỗ trợ ăn trưa'],
    ['hỗtrợ ăntrưa', LUNCH_CODE, 'hỗ trợ ăn trưa'],
    ['ho tro an tura', LUNCH_CODE, 'hỗ trợ ăn trưa'],
    ['hoox trowj awn truwa', LUNCH_CODE, 'hỗ trợ ăn trưa'],
    ['ho tro an truaw', LUNCH_CODE, 'hỗ trợ ăn trưa'],
    ['hotrochiphihoctap', COSTS_CODE, 'hỗ trợ chi phí học tập'],
    ['chiphi', COSTS_CODE, 'chi phí'],
    ['dondenghi', COSTS_CODE, 'đơn đề nghị'],
    ['canngheo', LUNCH_CODE, 'cận nghèo'],
    ['ho ngeo', LUNCH_CODE, 'hộ nghèo'],
    ['khuyettat', LUNCH_CODE, 'khuyết tật'],
    ['trowj caaps', LUNCH_CODE, 'trợ cấp'],
  ])('"%s" finds %s and suggests "%s"', (query, code, suggestion) => {
    expect(first(query)).toBe(code);
    expect(look(query).suggestions).toEqual([suggestion]);
  });

  it.each([
    ['ho tro an trua', LUNCH_CODE],
    ['Hỗ trợ ăn trưa', LUNCH_CODE],
    ['an trua', LUNCH_CODE],
    ['chi phi hoc tap', COSTS_CODE],
    ['1.014336', COSTS_CODE],
    ['tre khuyet tat', LUNCH_CODE],
    ['con liet si', LUNCH_CODE],
    ['tien an trua', LUNCH_CODE],
  ])('"%s" is searched as typed (no suggestion) and finds %s', (query, code) => {
    expect(first(query)).toBe(code);
    expect(look(query).suggestions).toEqual([]);
  });

  it('an unfinished last word still searches, but is not offered as a phrase', () => {
    expect(first('hotroantr')).toBe(LUNCH_CODE);
    expect(look('hotroantr').suggestions).toEqual([]);
  });

  it('precision: a real word the catalogue lacks is not bent into one it has (no absurd matches)', () => {
    // "bổng" one letter off is "công" (công lập), "bổ" + "ng…" a split: neither may turn a scholarship into study costs.
    for (const query of ['hoc bong', 'bong', 'xe dap', 'cmnd', 'qwerty', 'aaaa', 'tiền ăn', 'x', 'hanh chinh', 'khuyet tac']) {
      expect(look(query), query).toEqual({ hits: [], suggestions: [] });
    }
    // Only one word known: "học" alone would match too loosely to be offered.
    expect(look('hoc bong').suggestions).toEqual([]);
  });

  it('when nothing is found, the words the catalogue knows are offered on their own (two or more)', () => {
    const lookup = look('chi phi hoc bong xe');
    expect(lookup.hits).toEqual([]);
    expect(lookup.suggestions).toEqual(['chi phí học']);
    expect(first(lookup.suggestions[0] ?? '')).toBe(COSTS_CODE);
  });
});
