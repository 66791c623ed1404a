import { importTemplate, parseCsv, procedureImportCsv, writeCsv, type ContentItem } from '@bangtin/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../helpers/contentFixtures.ts';
import { login, startTestApp, type TestApp } from '../helpers/testApp.ts';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

/** The downloadable template with its example row copied `n` times under new codes, then `edit`ed per row. */
function procedureCsv(n: number, edit: (row: Record<string, string>, i: number) => void = () => undefined): string {
  const [header = [], example = []] = parseCsv(importTemplate('procedure', 'csv').text);
  const rows = Array.from({ length: n }, (_, i) => {
    const row = Object.fromEntries(header.map((h, c) => [h, example[c] ?? '']));
    row['Mã thủ tục'] = `2.00000${i}`;
    row['Tên thủ tục'] = `Thủ tục nhập thử ${i + 1}`;
    edit(row, i);
    return header.map((h) => row[h] ?? '');
  });
  return writeCsv([header, ...rows]);
}

const importRequest = (cookie: string, body: unknown) => api(t.url, cookie, 'POST', '/api/content/import', body);

describe('import of procedures and index results: all rows or none', () => {
  it('bad rows → 400 with each row located, and the store unchanged', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    const before = await t.store.listContent();
    const text = procedureCsv(4, (row, i) => {
      if (i === 1) row['Thời hạn giải quyết'] = ''; // spreadsheet row 3
      if (i === 2) {
        row['Thành phần hồ sơ'] = 'Đơn đề nghị :: một :: 0'; // row 4: not a number
        row['Mã thủ tục'] = 'ABC';
      }
      if (i === 3) row['Cách thức thực hiện'] = 'Bồ câu đưa thư :: 1 ngày'; // row 5
    });
    const res = await importRequest(editor, { type: 'procedure', format: 'csv', text });
    expect(res.status).toBe(400);
    expect(res.error?.code).toBe('VALIDATION_FAILED');
    expect(res.error?.message).toContain('chưa lưu dòng nào');
    const messages = (res.error?.details ?? []).map((d) => d.message);
    expect(messages).toContain('Dòng 3, cột Thời hạn giải quyết: Không được để trống');
    expect(messages).toContain('Dòng 4, cột Thành phần hồ sơ: “một” không phải là số');
    expect(messages).toContain('Dòng 4, cột Mã thủ tục: Mã thủ tục có dạng 1.001622');
    expect(messages.some((m) => m.startsWith('Dòng 5, cột Cách thức thực hiện: Cách thức “Bồ câu đưa thư” không rõ'))).toBe(true);
    expect(messages.some((m) => m.startsWith('Dòng 2'))).toBe(false);
    expect(await t.store.listContent()).toEqual(before);
  });

  it('a good CSV file → every row saved as a draft with all its repeatable fields, nothing on screens', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    const before = (await t.store.listContent()).length;
    const res = await importRequest(editor, { type: 'procedure', format: 'csv', text: procedureCsv(3) });
    expect(res.status).toBe(201);
    const saved = res.data as unknown as ContentItem[];
    expect(saved).toHaveLength(3);
    expect((await t.store.listContent()).length).toBe(before + 3);
    const first = saved[0];
    expect(first).toMatchObject({ type: 'procedure', status: 'draft', code: '2.000000', createdBy: 'vanphong', sample: true });
    if (first?.type !== 'procedure') throw new Error('not a procedure');
    expect(first.steps).toHaveLength(3);
    expect(first.steps[0]).toEqual({ description: 'Cha mẹ nộp 01 bộ hồ sơ tại cơ sở giáo dục mầm non', timeLimit: 'Trong 15 ngày làm việc kể từ ngày thông báo' });
    expect(first.channels.map((c) => c.channel)).toEqual(['direct', 'online']);
    expect(first.dossier[0]).toMatchObject({ document: 'Đơn đề nghị hỗ trợ (Mẫu số 01)', originals: 1, copies: 0 });
    expect(first.forms[0]).toEqual({ name: 'Đơn đề nghị hỗ trợ ăn trưa', url: 'https://dichvucong.gov.vn/', filledBy: 'applicant' });
    expect(first.legalBasis[0]).toEqual({ number: '105/2020/NĐ-CP', title: 'Nghị định quy định chính sách phát triển giáo dục mầm non' });
    expect(first.publishingDecision).toEqual({ number: '2108/QĐ-BGDĐT', date: '2021-07-26' });
    const payload = JSON.stringify((await (await fetch(`${t.url}/api/display/gate`)).json()).data);
    expect(payload).not.toContain('Thủ tục nhập thử');
    expect((await t.store.listAudit(1))[0]).toMatchObject({ action: 'content.import', actor: 'vanphong' });
  });

  it('a procedure code already in the system, or twice in the file, is refused', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    const text = procedureCsv(3, (row, i) => {
      if (i === 0) row['Mã thủ tục'] = '1.001622'; // seeded
      if (i === 2) row['Mã thủ tục'] = '2.000001'; // same as row 3
    });
    const res = await importRequest(editor, { type: 'procedure', format: 'csv', text });
    expect(res.status).toBe(400);
    const messages = (res.error?.details ?? []).map((d) => d.message);
    expect(messages[0]).toMatch(/^Dòng 2, cột Mã thủ tục: Thủ tục 1\.001622 đã có/);
    expect(messages[1]).toBe('Dòng 4, cột Mã thủ tục: Trùng mã với dòng 3');
  });

  it('JSON: the template imports; a broken item is reported by its number and field', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    const [example] = JSON.parse(importTemplate('procedure', 'json').text) as Record<string, unknown>[];
    const good = { ...example, code: '2.100000' };
    const bad = { ...example, code: '2.100001', steps: [] };
    const refused = await importRequest(editor, { type: 'procedure', format: 'json', text: JSON.stringify([good, bad]) });
    expect(refused.status).toBe(400);
    expect((refused.error?.details ?? []).map((d) => d.message)).toEqual(['Mục 2, trường steps: Không được để trống']);
    const accepted = await importRequest(editor, { type: 'procedure', format: 'json', text: JSON.stringify([good]) });
    expect(accepted.status).toBe(201);
  });

  it('index results import from CSV, with Vietnamese decimal commas, as a table by year', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    const text = [
      'Chỉ số,Phạm vi,Năm,Điểm số,Đơn vị,Xếp hạng,Trên tổng số,Ghi chú',
      'PAR INDEX,Tỉnh thử,2023,"88,12",%,10,63,',
      'PAR INDEX,Tỉnh thử,2024,"90,5",%,7,63,',
      'PAR INDEX,Tỉnh thử,năm ngoái,"90,5",%,70,63,',
    ].join('\n');
    const bad = await importRequest(editor, { type: 'indexResult', format: 'csv', text });
    expect(bad.status).toBe(400);
    expect((bad.error?.details ?? []).map((d) => d.message)).toEqual([
      'Dòng 4, cột Năm: “năm ngoái” không phải là số',
    ]);
    const good = await importRequest(editor, { type: 'indexResult', format: 'csv', text: text.split('\n').slice(0, 3).join('\n') });
    expect(good.status).toBe(201);
    expect((good.data as unknown as ContentItem[]).map((r) => (r.type === 'indexResult' ? [r.year, r.score, r.rank, r.rankOf] : []))).toEqual([
      [2023, 88.12, 10, 63],
      [2024, 90.5, 7, 63],
    ]);
  });

  it('no NĐ 63 field is lost on the way through the CSV template: type, who fills each form, result templates, standing, portal link', async () => {
    t = await startTestApp();
    const editor = await login(t.url, 'vanphong');
    // The template's new columns, filled by hand as an office would (short labels are enough).
    const filled = procedureCsv(1, (row) => {
      row['Loại thủ tục'] = 'TTHC được luật giao quy định chi tiết';
      row['Mẫu đơn, tờ khai'] = 'Đơn đề nghị :: https://dichvucong.gov.vn/mau-01 | Danh sách trẻ (Mẫu số 02) ::  :: Cơ quan';
      row['Mẫu kết quả'] = 'Quyết định phê duyệt danh sách :: https://dichvucong.gov.vn/kq';
      row['Tình trạng hiệu lực'] = 'đã được thay thế :: 1.014336 :: Từ năm học 2025–2026';
      row['Đường dẫn trên Cổng Dịch vụ công quốc gia'] = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1';
    });
    const byHand = await importRequest(editor, { type: 'procedure', format: 'csv', text: filled });
    expect(byHand.status).toBe(201);
    const first = (byHand.data as unknown as ContentItem[])[0];
    if (first?.type !== 'procedure') throw new Error('not a procedure');
    expect(first.procedureType).toBe('TTHC được luật giao quy định chi tiết');
    expect(first.forms).toEqual([
      { name: 'Đơn đề nghị', url: 'https://dichvucong.gov.vn/mau-01', filledBy: 'applicant' },
      { name: 'Danh sách trẻ (Mẫu số 02)', filledBy: 'agency' },
    ]);
    expect(first.resultTemplates).toEqual([{ name: 'Quyết định phê duyệt danh sách', url: 'https://dichvucong.gov.vn/kq' }]);
    expect(first.standing).toEqual({ state: 'replaced', replacedBy: '1.014336', note: 'Từ năm học 2025–2026' });
    expect(first.portalUrl).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);

    // Round trip: that record written back in the template's layout under a new code imports into the same record.
    const again = await importRequest(editor, { type: 'procedure', format: 'csv', text: procedureImportCsv([{ ...first, code: '2.300000' }]) });
    expect(again.status).toBe(201);
    const copy = (again.data as unknown as ContentItem[])[0];
    const record = (item: ContentItem | undefined) => {
      const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = item ?? ({} as ContentItem);
      return fields;
    };
    expect(record(copy)).toEqual({ ...record(first), code: '2.300000' });

    // And a seeded record (every component filled) survives the same trip.
    const seeded = (await t.store.listContent()).find((c) => c.type === 'procedure' && c.code === '1.001622');
    if (seeded?.type !== 'procedure') throw new Error('seed lacks 1.001622');
    const reimported = await importRequest(editor, { type: 'procedure', format: 'csv', text: procedureImportCsv([{ ...seeded, code: '2.300001' }]) });
    expect(reimported.status).toBe(201);
    const keep = ({ id: _i, version: _v, status: _s, screens: _sc, durationSeconds: _d, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, approvedBy: _a, approvedAt: _aa, ...fields }: ContentItem) => fields;
    expect(keep((reimported.data as unknown as ContentItem[])[0] as ContentItem)).toEqual(keep({ ...seeded, code: '2.300001' }));
  });

  it('only signed-in office users may import', async () => {
    t = await startTestApp();
    const res = await fetch(`${t.url}/api/content/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'procedure', format: 'csv', text: procedureCsv(1) }),
    });
    expect(res.status).toBe(401);
  });
});
