import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { tempDataDir } from '../helpers/serverProcess.ts';
import { apiLogin, expect, shot, signInContext, test } from './fixtures.ts';

const SHOTS = 'tests/artifacts/screens';

// The figures themselves are checked against a known proof log in tests/integration/reformAreas.test.ts; here the
// worker's seeded server (whatever its kiosks played) proves the document prints as an A4 office document.
test('the principal prints the year’s communication report on A4: official heading, every area, signature kept with the text', async ({ browser, server }) => {
  const cookie = await apiLogin(server.url);
  const plan = await fetch(`${server.url}/api/plans/2026`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      title: 'Kế hoạch số 12/KH-MNVXND ngày 15/01/2026 về thông tin tuyên truyền CCHC năm 2026',
      targets: [
        { area: 'II.1', screenHoursPerQuarter: 100, newItems: 6 },
        { area: 'II.2b', screenHoursPerQuarter: 80, newItems: 10, feedbackAnsweredOnTime: 12 },
        { area: 'II.3', screenHoursPerQuarter: 40, newItems: 4, surveyResponses: 200 },
      ],
    }),
  });
  expect(plan.status).toBe(200);

  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signInContext(context, server.url);
  const page = await context.newPage();
  await page.goto(`${server.url}/in/bao-cao?nam=2026`);
  await expect(page.getByRole('heading', { name: 'Báo cáo' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await shot(page, `${SHOTS}/yearly-report-1366.png`, true);

  await page.emulateMedia({ media: 'print' });
  const file = path.join(tempDataDir('yearly-report-pdf'), 'bao-cao-2026.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(5);

  // Reading order, whitespace collapsed within each page: a unit name wrapped on two lines still reads whole.
  const pageTexts = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = pageTexts.join(' ');
  for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'TRƯỜNG MẦM NON VƯỜN XANH NAM ĐÔ', 'Kế hoạch số 12/KH-MNVXND']) {
    expect(text).toContain(expected);
  }
  // Số / ký hiệu left blank for the clerk (the number comes from the outgoing-document register).
  expect(text).toMatch(/Số: .*\/BC-/);
  expect(text).toContain('II.2b. Tuyên truyền cải cách thủ tục hành chính');
  expect(text).toContain('II.2f. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số');
  expect(text).toContain('chưa có số liệu');
  expect(text).toMatch(/Tổng thời lượng hiển thị nội dung tuyên truyền \d[\d.]*,\d\d giờ/);
  // Section III: the parents' voice in figures (feedback received / answered / on time, survey, satisfaction index).
  expect(text).toMatch(/Phản ánh, kiến nghị tiếp nhận trong kỳ \d+/);
  expect(text).toMatch(/Chỉ số hài lòng chung (\d+,\d\d%|chưa có phiếu trả lời trong kỳ)/);
  // The tool bar (CSV link) is for the screen only.
  expect(text).not.toContain('Tải CSV');
  // The signature block is not left alone on a page of its own: the last page still carries report text.
  const lastPage = pageTexts.at(-1) ?? '';
  expect(lastPage).toContain('HIỆU TRƯỞNG');
  expect(lastPage).toMatch(/Nơi nhận:[\s\S]*Lưu: VT\./);
  expect(lastPage).toMatch(/nhật ký hiển thị|phản ánh, kiến nghị/);
  await context.close();
});
