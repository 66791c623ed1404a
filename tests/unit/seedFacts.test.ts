import { contentItem, database, procedureFields, type ContentItem } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { demoDatabase, PARENT_AGENCY_BLANK } from '../../server/src/seed/demoDatabase.ts';

/**
 * The seeded records go on paper (posters for the notice board) and on the wall: each says no more than its source
 * in ../shared/domain (issue #14 item 6). These pin the corrections so a later edit cannot quietly bring them back.
 */
const db = database.parse(demoDatabase({ now: new Date('2026-11-28T01:00:00Z'), timezone: 'Asia/Ho_Chi_Minh', admin: { passwordHash: 'x' } }));
const ofType = <T extends ContentItem['type']>(type: T) =>
  db.content.filter((c): c is Extract<typeof c, { type: T }> => c.type === type);
const procedure = (code: string) => {
  const found = ofType('procedure').find((p) => p.code === code);
  if (!found) throw new Error(`no seeded procedure ${code}`);
  return found;
};

describe('seeded procedures say no more than the national record', () => {
  it('1.014336: no "Số lượng hồ sơ" and no receiving place (the record states neither); the application is "1 bản chính"', () => {
    const costs = procedure('1.014336');
    expect(costs.dossierSets).toBe('');
    expect(costs.receivingAddress).toBe('');
    expect(costs.dossier[0]).toMatchObject({ document: expect.stringContaining('Đơn đề nghị hỗ trợ chi phí học tập'), originals: 1, copies: 0 });
  });

  it('1.001622: Mẫu số 01/02 are lists the school and the commune draw up, not a form the parent collects at the desk', () => {
    const lunch = procedure('1.001622');
    expect(lunch.forms).toEqual([expect.objectContaining({ name: expect.stringContaining('Mẫu số 01, Mẫu số 02'), filledBy: 'agency' })]);
    expect(procedure('1.014336').forms[0]?.filledBy).toBe('applicant');
  });

  it('both carry the NĐ 63 components added to the model: type as the record words it, in force, no invented result template', () => {
    for (const code of ['1.001622', '1.014336']) {
      const p = procedure(code);
      expect(p.procedureType).toBe('TTHC được luật giao quy định chi tiết');
      expect(p.standing).toEqual({ state: 'in-force', replacedBy: '', note: '' });
      expect(p.resultTemplates).toEqual([]);
    }
  });

  it('every seeded item keeps its "Dữ liệu mẫu" label, and the school its sample-data banner', () => {
    expect(db.content.every((c) => c.sample)).toBe(true);
    expect(db.school.sampleData).toBe(true);
  });
});

describe('seeded results, slogans and header follow their sources', () => {
  it('PCI 2020 is rated "Tốt" (VCCI\'s band), not "Nhóm Tốt"', () => {
    expect(ofType('indexResult').find((r) => r.index === 'PCI')?.group).toBe('Tốt');
  });

  it('PAR INDEX 2024: no rise typed that no source states; the note says where the sources disagree', () => {
    const par = ofType('indexResult').find((r) => r.index === 'PAR_INDEX' && r.year === 2024);
    expect(par).toMatchObject({ score: 92.57, rank: 3, rankOf: 63, changePoints: null });
    expect(par?.note).toContain('1,32');
    expect(par?.note).toContain('91,43');
    expect(par?.note).toContain('chênh');
  });

  it('the Congress XIV phrase is attributed to the General Secretary\'s closing speech, as its source says', () => {
    const slogan = ofType('slogan').find((s) => s.text.startsWith('Biến ý chí thành hành động'));
    expect(slogan?.attribution).toContain('Tổng Bí thư Tô Lâm');
    expect(slogan?.attribution).not.toBe('Tinh thần Đại hội XIV của Đảng');
  });

  it('the header\'s parent agency is the ward (UBND phường …), not "Hà Nội"', () => {
    expect(db.school.parentAgency).toBe(PARENT_AGENCY_BLANK);
    expect(db.school.parentAgency).toMatch(/^UBND phường/);
  });
});

describe('procedure records from before the new components still load', () => {
  const stored = procedure('1.001622');
  const { procedureType: _t, resultTemplates: _r, standing: _s, ...older } = stored;
  const olderForms = { ...older, forms: older.forms.map(({ filledBy: _f, ...f }) => f) };

  it('an item stored without type, result templates, standing or "filled by" parses with the defaults', () => {
    const parsed = contentItem.parse(olderForms);
    expect(parsed).toMatchObject({ procedureType: '', resultTemplates: [], standing: { state: 'in-force', replacedBy: '' } });
    expect(parsed.type === 'procedure' && parsed.forms[0]?.filledBy).toBe('applicant');
  });

  it('a procedure marked replaced must name the replacing code before it can be approved', () => {
    const replaced = { ...stored, standing: { state: 'replaced', replacedBy: '', note: '' } };
    expect(procedureFields.safeParse(replaced).error?.issues[0]).toMatchObject({ path: ['standing', 'replacedBy'], message: 'Nhập mã thủ tục thay thế' });
    expect(procedureFields.safeParse({ ...replaced, standing: { ...replaced.standing, replacedBy: '1.014336' } }).success).toBe(true);
  });
});
