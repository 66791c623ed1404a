import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentItem } from '@bangtin/shared';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

/**
 * The paper notice board (issue #14 item 3): posters are plain server HTML with print CSS, public like the site,
 * and only what is on air today prints — a draft's address answers 404 and shows nothing of it.
 */
let t: TestApp;
/** Text as a reader sees it: the line-break rules' no-break spaces and word joiners are layout, not words. */
const readable = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\u2060/g, '');
const get = async (path: string) => {
  const res = await request(t.app.http).get(path);
  return { status: res.status, type: res.type, text: readable(res.text) };
};
const seeded = async <T extends ContentItem['type']>(type: T, match: (item: Extract<ContentItem, { type: T }>) => boolean) => {
  const found = (await t.store.listContent()).find((c): c is Extract<ContentItem, { type: T }> => c.type === type && match(c as Extract<ContentItem, { type: T }>));
  if (!found) throw new Error(`no seeded ${type}`);
  return found;
};

beforeAll(async () => {
  t = await startTestApp(); // 2026-11-28 08:00 in Hà Nội, a Saturday
  await t.store.saveSchool({ ...(await t.store.getSchool()), publicUrl: 'https://bangtin.mnvuonxanh.edu.vn' });
});
afterAll(() => t.close());

describe('printed procedure posters (/in/thu-tuc/<code>)', () => {
  it('the whole record in the official layout, every NĐ 63 component, a QR to its public page, today as posting date', async () => {
    const res = await get('/in/thu-tuc/1.001622');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    const page = res.text;
    expect(page).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(page).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(page).toContain('UBND PHƯỜNG …');
    expect(page).toContain('TRƯỜNG MẦM NON VƯỜN XANH NAM ĐÔ');
    expect(page).toContain('<h1>Hỗ trợ ăn trưa đối với trẻ em mẫu giáo</h1>');
    for (const component of [
      'Trình tự thực hiện',
      'Cách thức thực hiện',
      'Thành phần, số lượng hồ sơ',
      'Thời hạn giải quyết',
      'Đối tượng thực hiện thủ tục hành chính',
      'Cơ quan thực hiện thủ tục hành chính',
      'Kết quả thực hiện thủ tục hành chính',
      'Phí, lệ phí',
      'Mẫu đơn, mẫu tờ khai',
      'Yêu cầu, điều kiện thực hiện',
      'Căn cứ pháp lý',
    ]) {
      expect(page, component).toMatch(new RegExp(`<h2>\\d+\\. ${component}</h2>`));
    }
    expect(page).toContain('Loại thủ tục: TTHC được luật giao quy định chi tiết');
    expect(page).toContain('105/2020/NĐ-CP');
    expect(page).toContain('Quyết định công bố:</strong> 985/QĐ-BGDĐT');
    expect(page).toContain('KQ.G03.000423');
    expect(page).toContain('Cơ quan giải quyết lập (người nộp không phải điền)');
    expect(page).toContain('<svg role="img" aria-label="Mã QR mở trang thủ tục 1.001622"');
    expect(page).toContain('https://bangtin.mnvuonxanh.edu.vn/thu-tuc/1.001622');
    expect(page).toContain('Ngày niêm yết:</strong> Thứ Bảy, ngày 28 tháng 11 năm 2026');
    expect(page).toContain('DỮ LIỆU MẪU');
    expect(page).toContain('@page{size:A4 portrait');
    expect(page).not.toMatch(/<script/i);
  });

  it('?kho=A3 prints the same poster on A3; the record without a receiving place or set count prints neither', async () => {
    const a3 = await get('/in/thu-tuc/1.014336?kho=A3');
    expect(a3.status).toBe(200);
    expect(a3.text).toContain('@page{size:A3 portrait');
    expect(a3.text).toContain('Hiệu trưởng thẩm định hồ sơ');
    expect(a3.text).not.toContain('Số lượng hồ sơ:');
    expect(a3.text).not.toContain('Địa điểm tiếp nhận hồ sơ:');
  });

  it('a draft, an expired or an unknown procedure is not found (404, nothing of it on the page)', async () => {
    const lunch = await seeded('procedure', (p) => p.code === '1.001622');
    await t.store.insertContent({ ...lunch, id: 'c-draft-proc', code: '1.001714', name: 'Bản nháp chưa duyệt', status: 'draft' });
    await t.store.insertContent({ ...lunch, id: 'c-expired-proc', code: '1.008950', name: 'Đã hết hiệu lực', validUntil: '2026-11-27' });
    for (const code of ['1.001714', '1.008950', '9.999999']) {
      const res = await get(`/in/thu-tuc/${code}`);
      expect(res.status, code).toBe(404);
      expect(res.text).not.toContain('Bản nháp chưa duyệt');
      expect(res.text).not.toContain('Đã hết hiệu lực');
    }
  });
});

describe('printed announcements (/in/thong-bao/<id>)', () => {
  it('an approved notice prints with its title, body and QR; a draft is 404; what the office typed stays text', async () => {
    const notice = await seeded('announcement', (a) => a.title.startsWith('Hỗ trợ ăn trưa'));
    const res = await get(`/in/thong-bao/${notice.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1 class="poster-title">Hỗ trợ ăn trưa cho trẻ mẫu giáo: mức mới 360.000 đồng/tháng</h1>');
    expect(res.text).toContain('<strong>Nghị định 277/2025/NĐ-CP</strong>');
    expect(res.text).toContain(`https://bangtin.mnvuonxanh.edu.vn/thong-bao/${notice.id}`);

    await t.store.insertContent({ ...notice, id: 'c-draft-notice', status: 'draft', title: 'Nháp: chưa được duyệt' });
    const draft = await get('/in/thong-bao/c-draft-notice');
    expect(draft.status).toBe(404);
    expect(draft.text).not.toContain('Nháp: chưa được duyệt');

    await t.store.insertContent({ ...notice, id: 'c-hostile', title: '<img src=x onerror=alert(1)>', body: '**<script>alert(1)</script>** [x](javascript:alert(1))' });
    const hostile = await get('/in/thong-bao/c-hostile');
    expect(hostile.status).toBe(200);
    expect(hostile.text).not.toMatch(/<script|<img src=x|href="javascript/i);
    expect(hostile.text).toContain('&lt;script&gt;');
  });
});
