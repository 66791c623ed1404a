import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatNumberVi, type Database } from '@bangtin/shared';
import { seededDataDir, startServerProcess, tempDataDir } from '../helpers/serverProcess.ts';
import { ADMIN_PASSWORD, apiLogin, expect, shot, signInContext, test } from './fixtures.ts';

const SHOTS = 'tests/artifacts/screens';

/**
 * A known proof-of-display log for the seeded content: every approved item on the gate three times a day (from 07:30,
 * ten minutes each time) for the first twenty days of November 2026, so the printed year holds real figures.
 */
function writeProofLog(dataDir: string): number {
  const db = JSON.parse(readFileSync(path.join(dataDir, 'db.json'), 'utf8')) as Database;
  const gate = db.screens.find((s) => s.slug === 'gate');
  if (!gate) throw new Error('seed has no gate screen');
  const items = db.content.filter((c) => c.status === 'approved');
  const dir = path.join(dataDir, 'proof');
  mkdirSync(dir, { recursive: true });
  for (let day = 1; day <= 20; day++) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    const lines = items.flatMap((item, i) =>
      Array.from({ length: 3 }, (_, n) => {
        const startedAt = new Date(Date.parse(`${date}T00:30:00Z`) + (n * items.length + i) * 600_000).toISOString();
        return JSON.stringify({ slideId: item.id, version: 'v1', startedAt, durationMs: 600_000, screenId: gate.id, receivedAt: startedAt, paired: true });
      }),
    );
    writeFileSync(path.join(dir, `proof-${date}.ndjson`), `${lines.join('\n')}\n`);
  }
  return items.length;
}

test('the principal prints the year’s communication report on A4: official heading, every area, signature kept with the text', async ({ browser }) => {
  const dataDir = seededDataDir('e2e-yearly-report');
  const items = writeProofLog(dataDir);
  const server = await startServerProcess({ DATA_DIR: dataDir, ADMIN_PASSWORD });
  try {
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
    // Each approved item: 3 plays × 20 days × 10 minutes = 10 hours.
    expect(text).toMatch(new RegExp(`Tổng thời lượng hiển thị nội dung tuyên truyền\\s+${formatNumberVi(items * 10, 2)} giờ`));
    // The tool bar (CSV link) is for the screen only.
    expect(text).not.toContain('Tải CSV');
    // The signature block is not left alone on a page of its own: the last page still carries report text.
    const lastPage = pageTexts.at(-1) ?? '';
    expect(lastPage).toContain('HIỆU TRƯỞNG');
    expect(lastPage).toMatch(/Nơi nhận:[\s\S]*Lưu: VT\./);
    expect(lastPage).toMatch(/nhật ký hiển thị|phản ánh, kiến nghị/);
    await context.close();
  } finally {
    await server.stop();
  }
});
