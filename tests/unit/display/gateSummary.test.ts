import { describe, expect, it } from 'vitest';
import { gateSummary, procedurePageUrl } from '@bangtin/shared';
import { SEED_PROCEDURES } from '../../../server/src/seed/procedures.ts';

const [lunch, studyCosts] = SEED_PROCEDURES.map((p) => p.fields);
if (!lunch || !studyCosts) throw new Error('the seed has the two kindergarten procedures');

describe('a procedure at the gate is one summary taken from its own record', () => {
  it('lunch support (1.001622): the amount from the notes, the cases who qualify, where and by when to file', () => {
    const summary = gateSummary(lunch);
    expect(summary.amount).toEqual({
      kind: 'benefit',
      label: 'Mức hỗ trợ hiện hành',
      value: '360.000 đồng/tháng, không quá 9 tháng/năm học',
      basis: 'Nghị định 277/2025/NĐ-CP ngày 20/10/2025, theo báo chí',
    });
    expect(summary.who).toEqual([
      'Trẻ em không có nguồn nuôi dưỡng',
      'Con liệt sĩ, con Anh hùng LLVTND, con thương binh…',
      'Nhân khẩu hộ nghèo, cận nghèo',
      'Trẻ em khuyết tật học hòa nhập',
      'Thường trú ở thôn, xã đặc biệt khó khăn',
    ]);
    expect(summary.where).toBe('Cơ sở giáo dục mầm non');
    expect(summary.channels).toEqual(['direct', 'online', 'postal']);
    expect(summary.deadline).toEqual({ kind: 'filing', text: 'Trong vòng 15 ngày làm việc kể từ ngày cơ sở giáo dục mầm non thông báo' });
  });

  it('study costs (1.014336): no figure in the record, so no amount is shown; who comes from the first condition', () => {
    const summary = gateSummary(studyCosts);
    expect(summary.amount).toBeNull();
    expect(summary.who).toEqual(['Trẻ em mầm non… thuộc đối tượng được hỗ trợ chi phí học tập theo Điều 17 Nghị định 238/2025/NĐ-CP']);
    expect(summary.deadline.text).toBe('Trong vòng 45 ngày làm việc kể từ ngày khai giảng năm học');
  });

  it('a stated fee wins over a benefit, and a record without a filing step gives its processing time', () => {
    const summary = gateSummary({ ...studyCosts, fees: 'Lệ phí: 50.000 đồng/hồ sơ', steps: [{ description: 'Trường xét duyệt.', timeLimit: '' }] });
    expect(summary.amount).toEqual({ kind: 'fee', label: 'Lệ phí', value: '50.000 đồng/hồ sơ', basis: null });
    expect(summary.deadline).toEqual({ kind: 'processing', text: '10 ngày làm việc' });
  });

  it('the QR opens the portal record when known, else this server’s public page for the code', () => {
    expect(procedurePageUrl({ code: '1.001622', portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1' }, 'http://192.168.1.10:3000'))
      .toBe('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1');
    expect(procedurePageUrl({ code: '1.001622' }, 'http://192.168.1.10:3000/')).toBe('http://192.168.1.10:3000/thu-tuc/1.001622');
  });
});
