import { describe, expect, it } from 'vitest';
import { keepTogether, keepTogetherHtml } from '@bangtin/shared';

/** "·" marks a no-break space and "⁀" a word joiner, so the table reads like the wall. */
const visible = (text: string) => text.replace(/\u00a0/g, '·').replace(/\u2060/g, '⁀');

describe('Vietnamese line breaks: runs a reader must see on one line stay joined', () => {
  it.each([
    ['a place name', 'Trường ở Hà Nội.', 'Trường ở Hà·Nội.'],
    ['a name after a title', 'UBND phường Tương Mai phê duyệt', 'UBND phường·Tương·Mai phê duyệt'],
    ['a school name of four syllables', 'Trường mầm non Vườn Xanh Nam Đô', 'Trường mầm non Vườn·Xanh·Nam·Đô'],
    ['an amount with its unit and period', 'Mức hỗ trợ 360.000 đồng/tháng, tối đa 9 tháng', 'Mức hỗ trợ 360.000·đồng/⁀tháng, tối đa 9·tháng'],
    ['an amount per school year', 'tối đa 9 tháng/năm học', 'tối đa 9·tháng/⁀năm·học'],
    ['an amount in đ', 'Lệ phí 360.000 đ mỗi hồ sơ', 'Lệ phí 360.000·đ mỗi hồ sơ'],
    ['a processing time', 'Trong vòng 24 ngày làm việc', 'Trong vòng 24·ngày·làm·việc'],
    ['a short date', 'kiểm tra ngày 28/11/2026', 'kiểm tra ngày·28/11/2026'],
    ['a long date', 'Thứ Bảy, ngày 28 tháng 11 năm 2026', 'Thứ·Bảy, ngày·28·tháng·11·năm·2026'],
    ['a decree with its kind and number', 'theo Nghị định số 20/2008/NĐ-CP về', 'theo Nghị·định·số·20/2008/⁀NĐ-⁀CP về'],
    ['a decision number', 'Quyết định 985/QĐ-BGDĐT công bố', 'Quyết·định·985/⁀QĐ-⁀BGDĐT công bố'],
    ['a resolution with a dotted number', 'Nghị quyết 66.7/2025/NQ-CP', 'Nghị·quyết·66.7/2025/⁀NQ-⁀CP'],
    ['a bare document number', 'căn cứ 105/2020/NĐ-CP và', 'căn cứ 105/2020/⁀NĐ-⁀CP và'],
    ['a landline number', 'Điện thoại: 024 3825 1234.', 'Điện thoại: 024·3825·1234.'],
    ['a mobile number', 'gọi 0912 345 678', 'gọi 0912·345·678'],
    ['a percentage with a space', 'đạt 92,57 % năm nay', 'đạt 92,57·% năm nay'],
    ['a spaced dash', 'Kỷ cương – Trách nhiệm', 'Kỷ cương·– Trách nhiệm'],
  ])('%s', (_, input, expected) => {
    expect(visible(keepTogether(input))).toBe(expected);
  });

  it('leaves ordinary words, sentence starts and long Title Case headings breakable', () => {
    const text = 'Cha mẹ nộp hồ sơ tại Bộ Phận Tiếp Nhận Và Trả Kết Quả';
    expect(keepTogether(text)).toBe(text);
  });

  it('does not join digits that are not a phone number or a unit', () => {
    expect(keepTogether('Bước 2 3 4')).toBe('Bước 2 3 4');
  });

  it('is idempotent and changes only text, never tags or attributes, in HTML', () => {
    const once = keepTogether('Hà Nội, Nghị định 277/2025/NĐ-CP');
    expect(keepTogether(once)).toBe(once);
    const html = '<p><a href="https://x.vn/Ha Noi/NĐ-CP">Hà Nội</a> 360.000 đồng</p>';
    expect(visible(keepTogetherHtml(html))).toBe('<p><a href="https://x.vn/Ha Noi/NĐ-CP">Hà·Nội</a> 360.000·đồng</p>');
  });
});
