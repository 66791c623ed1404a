import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProcedureDetail } from '../../../display/src/reception/ProcedureDetail.tsx';
import { summarise } from '../../../display/src/reception/procedureSummary.ts';
import { procedurePageUrl } from '../../../display/src/reception/SummaryBox.tsx';
import { COSTS, LUNCH } from './receptionFixtures.ts';

describe('the procedure summary (the record\'s own words, shortened, never reworded)', () => {
  it('lunch support: the groups that qualify, the amount from the notes with its sentence, the filing deadline, where', () => {
    const s = summarise(LUNCH);
    expect(s.who).toEqual({ groups: LUNCH.dossier.map((d) => d.group) });
    expect(s.amount).toEqual({
      value: '360.000 đ/tháng',
      sentence:
        'Mức hỗ trợ hiện hành: 360.000 đồng/tháng, không quá 9 tháng/năm học (Nghị định 277/2025/NĐ-CP ngày 20/10/2025, theo báo chí).',
    });
    expect(s.deadline).toBe('Trong vòng 15 ngày làm việc kể từ ngày cơ sở giáo dục mầm non thông báo');
    expect(s.where).toBe('Cơ sở giáo dục mầm non');
    expect(s.documents).toEqual({ byGroup: true, sets: '01 bộ' });
  });

  it('study costs: the first clause of the conditions (marked as clipped), no amount invented, the documents listed', () => {
    const s = summarise(COSTS);
    expect(s.who).toEqual({ text: 'Trẻ em mầm non… thuộc đối tượng được hỗ trợ chi phí học tập theo Điều 17 Nghị định 238/2025/NĐ-CP', clipped: true });
    expect(s.amount).toBeNull();
    expect(s.documents).toEqual({ byGroup: false, sets: '', items: COSTS.dossier.map((d) => d.document) });
    expect(s.deadline).toBe('Trong vòng 45 ngày làm việc kể từ ngày khai giảng năm học');
  });

  it('the QR leads to the national portal record when known, else to the procedure\'s own page on this server', () => {
    expect(procedurePageUrl({ code: '1.001622', portalUrl: 'https://dichvucong.gov.vn/p/x?ma=1' }, 'http://192.168.1.10:3000')).toBe(
      'https://dichvucong.gov.vn/p/x?ma=1',
    );
    expect(procedurePageUrl({ code: '1.001622', portalUrl: undefined }, 'http://192.168.1.10:3000/')).toBe('http://192.168.1.10:3000/thu-tuc/1.001622');
  });
});

describe('the procedure detail', () => {
  it('opens on the summary, then shows one section tab at a time; every legal section is one tab away', () => {
    render(<ProcedureDetail procedure={LUNCH} publicBase="http://kiosk.test" />);
    const summary = screen.getByTestId('rk-summary');
    expect(within(summary).getByTestId('rk-summary-amount').textContent).toBe('360.000 đ/tháng');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Hồ sơ',
      'Trình tự',
      'Thời hạn',
      'Phí',
      'Đối tượng, điều kiện',
      'Cơ quan, kết quả',
      'Căn cứ pháp lý',
      'Ghi chú',
    ]);
    const visiblePanel = () => screen.getAllByRole('tabpanel', { hidden: true }).filter((panel) => !panel.hidden);
    expect(visiblePanel().map((panel) => panel.id)).toEqual(['rk-panel-dossier']);
    expect(within(visiblePanel()[0]!).getByTestId('rk-dossier-table').textContent).toContain('Bản chính');

    const sections: Record<string, string[]> = {
      steps: ['Trình tự thực hiện', 'Cách thức thực hiện'],
      time: ['Thời hạn giải quyết'],
      fees: ['Phí, lệ phí'],
      who: ['Đối tượng thực hiện', 'Yêu cầu, điều kiện'],
      agency: ['Cơ quan thực hiện', 'Kết quả thực hiện'],
      legal: ['Căn cứ pháp lý'],
      notes: ['Ghi chú'],
    };
    for (const [tab, headings] of Object.entries(sections)) {
      fireEvent.click(screen.getByTestId(`rk-tab-${tab}`));
      expect(screen.getByTestId(`rk-tab-${tab}`).getAttribute('aria-selected')).toBe('true');
      const panel = visiblePanel();
      expect(panel.map((p) => p.id)).toEqual([`rk-panel-${tab}`]);
      expect(within(panel[0]!).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(headings);
    }
    expect(visiblePanel()[0]!.textContent).toContain('360.000 đồng/tháng');
    fireEvent.click(screen.getByTestId('rk-tab-legal'));
    expect(visiblePanel()[0]!.textContent).toContain('105/2020/NĐ-CP');
    expect(screen.getByTestId('rk-source').textContent).toContain('Thông tin được kiểm tra ngày 28/11/2026');
  });

  it('"Xem đủ" after a clipped line opens the tab that has it all; arrow keys move between tabs', () => {
    render(<ProcedureDetail procedure={COSTS} publicBase="http://kiosk.test" />);
    expect(screen.queryByRole('tab', { name: 'Ghi chú' })).toBeNull(); // no notes in the record, no empty tab
    fireEvent.click(screen.getByTestId('rk-more-who'));
    expect(screen.getByTestId('rk-tab-who').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByTestId('rk-tab-who'), { key: 'ArrowRight' });
    expect(screen.getByTestId('rk-tab-agency').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByTestId('rk-tab-agency'), { key: 'End' });
    expect(screen.getByTestId('rk-tab-legal').getAttribute('aria-selected')).toBe('true');
  });

  it('a replaced procedure says so (with the new code) above the record; a list the agency draws up is not "ask the desk"', () => {
    const replaced = { ...LUNCH, standing: { state: 'replaced' as const, replacedBy: '1.014336', note: 'QĐ công bố thay thế' } };
    render(<ProcedureDetail procedure={replaced} publicBase="http://kiosk.test" />);
    expect(screen.getByTestId('rk-standing').textContent).toBe('Thủ tục này đã được thay thế bởi thủ tục mã 1.014336. QĐ công bố thay thế');
    const forms = screen.getByTestId('rk-section-forms').textContent ?? '';
    expect(forms).toContain('phụ huynh không phải điền');
    expect(forms).not.toContain('Nhận mẫu tại');
    fireEvent.click(screen.getByTestId('rk-tab-legal'));
    expect(screen.getByTestId('rk-section-legal').textContent).toContain('Loại thủ tục: TTHC được luật giao quy định chi tiết');
  });
});
