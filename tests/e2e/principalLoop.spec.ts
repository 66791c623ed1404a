import type { ServerProcess } from '../helpers/serverProcess.ts';
import { TEST_PASSWORD } from '../helpers/testApp.ts';
import { expect, type SharedConsoles, shot, test } from './fixtures.ts';
import { apiCookie, apiJson, PHONE, signedIn } from './roles.ts';

const SHOTS = 'tests/artifacts/screens';
// The worker's roles server and consoles, shared with the other role specs of this worker (approvalWorkflow's
// principal has the same phone): a server start and a cold console load fewer where they meet.
let server: ServerProcess;
let consoles: SharedConsoles;
test.beforeAll(({ rolesServer, roleConsoles }) => {
  server = rolesServer;
  consoles = roleConsoles;
});

test('the principal on a phone lands on the inbox, reads every page full screen, sends back with a filled reason, and can undo', async ({ browser }) => {
  const admin = await apiCookie(server.url, 'admin');
  const list = await apiJson(server.url, admin, 'GET', '/api/content?type=procedure&status=approved');
  const procedure = (list.body.data as { id: string; version: number }[])[0]!;
  expect((await apiJson(server.url, admin, 'POST', `/api/content/${procedure.id}/status`, { status: 'submitted', baseVersion: procedure.version })).status).toBe(200);

  // Through the login form, a new visit (her phone's console kept from an earlier spec signs out and in again).
  const principal = await consoles.signInAgain('principal', 'hieutruong', TEST_PASSWORD, () => signedIn(browser, server.url, 'hieutruong', PHONE));
  // Something waits: she lands on the inbox, with the count in the menu and on the page.
  await expect(principal).toHaveURL(/\/admin\/approvals$/);
  await expect(principal.getByTestId('approvals-count')).toBeVisible();
  const card = principal.locator(`[data-testid="approval-card"][data-id="${procedure.id}"]`);
  await expect(card.getByTestId('approval-where-when')).toContainText('Phát ở');
  await shot(principal, `${SHOTS}/principal-inbox-390.png`);

  // Full screen: all pages of the legal text, by swipe/arrow keys.
  await card.getByTestId('preview-enlarge').tap();
  const dots = principal.getByTestId('page-dots');
  await expect(dots).toHaveAttribute('data-page', '1');
  await expect.poll(async () => Number(await dots.getAttribute('data-pages'))).toBeGreaterThan(1);
  await shot(principal, `${SHOTS}/principal-preview-390.png`);
  // The preview measures its pages as the fonts settle (2, then 4 pages at 390 px) and starts again at page 1 when the
  // count changes: turn the page once the count has settled.
  await expect(async () => {
    await principal.keyboard.press('ArrowRight');
    await expect(dots).toHaveAttribute('data-page', '2', { timeout: 1000 });
  }).toPass();
  await principal.getByTestId('full-preview-close').tap();
  await shot(principal, `${SHOTS}/principal-card-390.png`, true);

  // A quick reason fills the field; nothing is sent until the confirm.
  await card.getByTestId('reject').tap();
  await principal.getByTestId('quick-reason-1').tap();
  await expect(principal.getByTestId('reject-reason')).toHaveValue('Thiếu nguồn hoặc nguồn chưa chính xác.');
  await principal.getByTestId('reject-reason').press('End');
  await principal.getByTestId('reject-reason').pressSequentially(' Ghi rõ số quyết định.');
  await shot(principal, `${SHOTS}/principal-reject-sheet-390.png`);
  await expect(card).toBeVisible();
  await principal.getByTestId('reject-send').tap();
  await expect(card).toHaveCount(0);
  // Undo from the toast: the item is waiting again.
  await principal.getByTestId('toast-action').tap();
  await expect(principal.getByTestId('toast')).toContainText('Đã hoàn tác');
  await expect(card).toBeVisible();
});

test('an emergency notice of 600 characters fits portrait 1080×1920 and landscape 1920×1080: badge, text and footer all on screen', async ({ browser }) => {
  const cookie = await apiCookie(server.url, 'admin');
  const sentence = 'Do mưa bão kéo dài, nhà trường cho trẻ nghỉ học ngày 01/12/2026 và thông báo lịch học bù sau. ';
  const body = sentence.repeat(7).slice(0, 600).trim();
  const sent = await apiJson(server.url, cookie, 'POST', '/api/emergencies', {
    title: 'THÔNG BÁO NGHỈ HỌC DO THỜI TIẾT',
    body,
    level: 'danger',
    screens: 'all',
    durationMinutes: 2 * 24 * 60,
  });
  expect(sent.status).toBe(201);
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/display/reception`);
  const overlay = page.getByTestId('emergency-overlay');
  await expect(overlay).toContainText(body.slice(-40));
  for (const viewport of [
    { width: 1080, height: 1920 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(viewport);
    await expect(overlay.locator('.emergency__text')).toHaveAttribute('data-overflow', 'false');
    // After a resize the text is fitted again in the next frames (the attribute still holds the last size's answer):
    // measure until the layout has settled.
    await expect(async () => {
      const boxes = await page.evaluate(() =>
        ['.emergency__label', '.emergency__text', '.emergency__meta'].map((selector) => {
          const el = document.querySelector(selector)!;
          const r = el.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, scrolls: el.scrollHeight > el.clientHeight + 1 };
        }),
      );
      for (const box of boxes) {
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(viewport.height);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(viewport.width);
      }
      // Badge above text above footer, none overlapping; the text box holds all of it.
      expect(boxes[0]!.bottom).toBeLessThanOrEqual(boxes[1]!.top);
      expect(boxes[1]!.bottom).toBeLessThanOrEqual(boxes[2]!.top);
      expect(boxes[1]!.scrolls).toBe(false);
    }).toPass({ timeout: 20_000 });
    // The end carries its date (a notice may run three days).
    await expect(overlay.locator('.emergency__meta')).toContainText(/Hiển thị đến \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
    await shot(page, `${SHOTS}/emergency-600-${viewport.width}x${viewport.height}.png`);
  }
  await context.close();
  // Ended, as the office would: the worker's roles server serves the other role specs' screens next.
  const id = (sent.body.data as { notice: { id: string } }).notice.id;
  expect((await apiJson(server.url, cookie, 'POST', `/api/emergencies/${id}/clear`, {})).status).toBe(200);
});
