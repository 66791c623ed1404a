import { describe, expect, it } from 'vitest';
import { proofReport, type ProofReport } from '@bangtin/shared';
import { ReportTables } from '../../../admin/src/reports/ReportTables.tsx';
import { renderAdmin } from '../render.tsx';

/** Two screens: the gate paired for part of the period, the reception opened by address only. */
const report: ProofReport = proofReport.parse({
  from: '2026-12-01',
  to: '2026-12-05',
  timezone: 'Asia/Ho_Chi_Minh',
  totals: { seconds: 10_800, plays: 300 },
  fromPairedDevices: { seconds: 5_400, plays: 150 },
  byContent: [],
  byScreen: [
    { screenId: 'gate', name: 'Màn hình cổng trường', seconds: 7_200, plays: 200, pairedSeconds: 5_400 },
    { screenId: 'reception', name: 'Màn hình Bộ phận tiếp nhận', seconds: 3_600, plays: 100, pairedSeconds: 0 },
  ],
  byDay: [],
  byType: [],
  rows: [],
  emergencies: [],
});

describe('the proof report says which figures come from paired devices (issue #12)', () => {
  it('each screen shows its hours from the paired device beside its hours in all, and the page says what that means', () => {
    const view = renderAdmin(<ReportTables report={report} />);
    const paired = view.getAllByTestId('report-paired-hours').map((cell) => cell.textContent);
    expect(paired).toEqual(['1,50', '0,00']);
    expect(view.getByText('Trong đó từ thiết bị đã ghép nối (giờ)')).toBeTruthy();
    expect(view.getByText(/bằng chứng do chính màn hình gửi về/)).toBeTruthy();
  });
});
