import { importTemplate, parseCsv, writeCsv } from '@bangtin/shared';
import type { Browser } from '@playwright/test';
import type { ServerProcess } from '../helpers/serverProcess.ts';
import { contentMeta, expect, navigateInConsole, SCREENSHOTS, SharedConsoles, shot, test } from './fixtures.ts';
import { TEST_PASSWORD } from '../helpers/testApp.ts';
import { pairKiosk } from './pairKiosk.ts';
import { apiCookie, apiJson, PHONE, seatAt, signedIn } from './roles.ts';

let server: ServerProcess;
// The editor's and the admin's consoles stay open across the tests (and the other role specs of this worker: the
// worker's roles server and consoles): one cold load each, not one per test.
let consoles: SharedConsoles;
test.beforeAll(({ rolesServer, roleConsoles }) => {
  server = rolesServer;
  consoles = roleConsoles;
});

const adminAt = (browser: Browser, adminPath: string) => seatAt(consoles, browser, server.url, 'admin', adminPath);
const editorAt = (browser: Browser, adminPath: string) => seatAt(consoles, browser, server.url, 'editor', adminPath);

const SHOTS = 'tests/artifacts/screens';
const procedureCount = async (cookie: string) =>
  ((await apiJson(server.url, cookie, 'GET', '/api/content?type=procedure')).body.data as unknown[]).length;

test('CSV import with bad rows saves nothing and reports each row; a good file saves drafts', async ({ browser }) => {
  const editor = await editorAt(browser, 'content/procedure');
  const cookie = await apiCookie(server.url, 'vanphong');
  const before = await procedureCount(cookie);
  await editor.getByTestId('content-import').click();
  // The template downloads with its header and one example row.
  const downloading = editor.waitForEvent('download');
  await editor.getByTestId('template-csv').click();
  expect((await downloading).suggestedFilename()).toBe('mau-nhap-thu-tuc.csv');

  const [header = [], example = []] = parseCsv(importTemplate('procedure', 'csv').text);
  // Codes of this run's own (a code may be live once; the worker's roles server outlives one run of this spec).
  const serial = String(Date.now() % 100000).padStart(5, '0');
  const codeOf = (n: number) => `3.${serial}${n}`;
  const row = (code: string, edit: (cells: Record<string, string>) => void = () => undefined) => {
    const cells = Object.fromEntries(header.map((h, i) => [h, example[i] ?? '']));
    cells['Mã thủ tục'] = code;
    edit(cells);
    return header.map((h) => cells[h] ?? '');
  };
  const bad = writeCsv([
    header,
    row(codeOf(1)),
    row(codeOf(2), (c) => (c['Thời hạn giải quyết'] = '')),
    row(codeOf(3), (c) => (c['Thành phần hồ sơ'] = 'Đơn :: hai :: 0')),
  ]);
  await editor.getByTestId('import-file').setInputFiles({ name: 'thu-tuc.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await editor.getByTestId('import-submit').click();
  const errors = editor.getByTestId('import-error');
  await expect(errors).toHaveText([
    'Dòng 3, cột Thời hạn giải quyết: Không được để trống',
    'Dòng 4, cột Thành phần hồ sơ: “hai” không phải là số',
  ]);
  await expect(editor.getByTestId('import-errors')).toContainText('chưa lưu dòng nào');
  expect(await procedureCount(cookie)).toBe(before);
  await shot(editor, `${SHOTS}/import-errors-1366.png`, true);

  const good = writeCsv([header, row(codeOf(1)), row(codeOf(2))]);
  await editor.getByTestId('import-file').setInputFiles({ name: 'thu-tuc.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await editor.getByTestId('import-submit').click();
  await expect(editor.getByTestId('import-done')).toContainText('Đã nhập 2 mục thành bản nháp');
  expect(await procedureCount(cookie)).toBe(before + 2);
});

test('a half-written procedure saves as a draft; submitting names each missing legal field and leads to it', async ({ browser }) => {
  const editor = await editorAt(browser, 'content/procedure/new');
  // A draft needs only its name.
  await editor.getByTestId('save-draft').click();
  await expect(editor.getByTestId('error-name')).toHaveText('Không được để trống');
  await editor.getByTestId('field-name').fill('Xác nhận trẻ đang học tại trường');
  // Sending it for approval is refused, and the banner names every missing field, each a link to it.
  await editor.getByTestId('save-submit').click();
  const issues = editor.getByTestId('form-issue');
  await expect(issues.first()).toHaveText('Mã thủ tục');
  await expect(editor.getByTestId('form-issues')).toContainText('Cơ quan thực hiện');
  expect(await issues.count()).toBeGreaterThanOrEqual(10);
  await shot(editor, `${SHOTS}/procedure-missing-1366.png`);
  await issues.first().click();
  await expect(editor.getByTestId('field-code')).toBeFocused();
  await editor.getByTestId('save-draft').click();
  await expect(editor.getByTestId('toast')).toContainText('Đã lưu nháp');
  await expect(editor.getByTestId('item-meta')).toContainText('Phiên bản 1');
  await expect(editor.getByTestId('draft-missing')).toBeVisible();

  await editor.getByTestId('field-code').fill('4.000001');
  await editor.getByTestId('field-field').fill('Giáo dục mầm non');
  await editor.getByTestId('field-applicants').fill('Cha mẹ trẻ\nNgười giám hộ');
  await editor.getByTestId('field-agency').fill('Trường mầm non');
  await editor.getByTestId('field-steps.0.description').fill('Cha mẹ nộp đơn tại văn phòng nhà trường');
  await editor.getByTestId('add-steps').click();
  await editor.getByTestId('field-steps.1.description').fill('Nhà trường xác nhận và trả kết quả');
  await editor.getByTestId('field-steps.1.timeLimit').fill('01 ngày làm việc');
  await editor.getByTestId('add-dossier').click();
  await editor.getByTestId('field-dossier.0.document').fill('Đơn đề nghị xác nhận');
  await editor.getByTestId('field-timeLimit').fill('01 ngày làm việc');
  await editor.getByTestId('field-fees').fill('Không');
  await editor.getByTestId('field-resultName').fill('Giấy xác nhận');
  await editor.getByTestId('field-legalBasis.0.number').fill('Thông tư 52/2020/TT-BGDĐT');
  await editor.getByTestId('field-legalBasis.0.title').fill('Điều lệ trường mầm non');
  await editor.getByTestId('field-decisionNumber').fill('123/QĐ-MN');
  const preview = editor.frameLocator('[data-testid="preview-pane"] iframe');
  await expect(preview.getByTestId('preview-slide')).toContainText('Xác nhận trẻ đang học tại trường');
  await editor.getByTestId('save-submit').click();
  await expect(editor.getByTestId('toast')).toContainText('Đã gửi duyệt');
  await expect(editor.getByTestId('item-meta')).toContainText('Phiên bản 2');
});

test('an English-language Chrome still reads and types dates as dd/mm/yyyy', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/admin/`);
  await page.getByTestId('login-username').fill('vanphong');
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
  await navigateInConsole(page, 'content/announcement/new');
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  const from = page.getByTestId('field-validFrom');
  await from.fill('05022026');
  await expect(from).toHaveValue('05/02/2026');
  await page.getByTestId('field-validFrom-calendar').click();
  // 5 February 2026, not 2 May: the calendar opens on that month, Monday first.
  await expect(page.getByTestId('calendar')).toContainText('Tháng 2 năm 2026');
  await expect(page.getByTestId('calendar').locator('th').first()).toHaveText('T2');
  await expect(page.getByRole('button', { name: '05/02/2026' })).toHaveAttribute('aria-pressed', 'true');
  await shot(page, `${SHOTS}/date-field-en-US-1366.png`);
  await page.getByRole('button', { name: '20/02/2026' }).click();
  await expect(page.getByTestId('field-validUntil')).toHaveValue('');
  await expect(from).toHaveValue('20/02/2026');
  await context.close();
});

test('the office lands on its dashboard: waiting approvals counted, silent screens named, the NĐ 20/2008 gap linked to Cài đặt', async ({ browser }) => {
  const cookie = await apiCookie(server.url, 'vanphong');
  const submitted = (await apiJson(server.url, cookie, 'GET', '/api/content?status=submitted')).body.data as unknown[];
  // Through the login form (kept open for the tests below): the office lands on its dashboard.
  const admin = await consoles.at('admin', '', () => signedIn(browser, server.url, 'admin'));
  await expect(admin.getByTestId('nav-home')).toHaveAttribute('aria-current', 'page');
  await expect(admin.getByTestId('tile-waiting')).toHaveAttribute('data-count', String(submitted.length));
  await expect(admin.getByTestId('home-onair-screen').filter({ hasText: 'Màn hình cổng trường' })).toContainText('nhóm Cổng trường');
  await expect(admin.getByTestId('home-feedback-warning')).toContainText('số điện thoại, thư điện tử');
  await shot(admin, `${SHOTS}/home-1366.png`, true);
  await admin.getByTestId('home-open-settings').click();
  await expect(admin).toHaveURL(/\/admin\/settings$/);
});

test('two people editing the same procedure: the second save gets a clear conflict, nothing is overwritten', async ({ browser }) => {
  const cookie = await apiCookie(server.url, 'vanphong');
  const list = (await apiJson(server.url, cookie, 'GET', '/api/content?type=procedure&q=1.001622')).body.data as { id: string }[];
  const id = list[0]?.id ?? '';
  const first = await signedIn(browser, server.url, 'hieutruong', undefined, `content/procedure/${id}`);
  const second = await adminAt(browser, `content/procedure/${id}`);
  // Both start typing on the same version (an untouched form would simply follow the newer version), each a text of
  // this run (the worker's roles server may hold an earlier run's).
  const run = Date.now() % 100000;
  await first.getByTestId('field-fees').fill(`Không thu phí (A ${run})`);
  await second.getByTestId('field-fees').fill(`Không thu phí (B ${run})`);
  await first.getByTestId('save-publish').click();
  await expect(first.getByTestId('toast')).toBeVisible();
  await expect(second.getByTestId('remote-changed')).toBeVisible(); // told before saving
  await second.getByTestId('save-publish').click();
  await expect(second.getByTestId('form-error')).toContainText('vừa được người khác sửa');
  await expect(second.getByTestId('field-fees')).toHaveValue(`Không thu phí (B ${run})`); // the typing is kept
  const stored = (await apiJson(server.url, cookie, 'GET', `/api/content/${id}`)).body.data as { fees: string };
  expect(stored.fees).toBe(`Không thu phí (A ${run})`);
});

test('the Screens page mirror draws the slide the gate kiosk reports playing', async ({ browser }) => {
  const kioskContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  // Only a paired kiosk's heartbeat is believed (issue #12).
  await pairKiosk(kioskContext, server.url, await apiCookie(server.url, 'admin'), 'gate');
  // Every slide the kiosk puts on screen, from its first: the mirror may draw one from a heartbeat sent before this test
  // looked (it then waited for the next heartbeat, up to 10 s).
  await kioskContext.addInitScript(() => {
    const shown = new Set<string>();
    Object.assign(window, { __shownSlides: shown });
    const record = () => {
      const id = document.querySelector('[data-testid="slide"]')?.getAttribute('data-slide-id');
      if (id) shown.add(id);
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-slide-id'] });
  });
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${server.url}/display/gate`);
  await expect(kiosk.getByTestId('slide')).toBeVisible();
  // Signed in with a session cookie straight onto the Screens page: one load of the console, not the login form, the
  // dashboard and then this page (the login form is walked in a11y.spec.ts and the dashboard test above).
  const admin = await adminAt(browser, 'screens');
  const gateCard = admin.locator('[data-testid="screen-row"]').filter({ hasText: 'cổng' }).first();
  await gateCard.getByTestId('screen-mirror-toggle').click();
  const mirror = gateCard.getByTestId('screen-mirror');
  await expect(mirror).toBeVisible();
  // The mirror draws the slide named in the kiosk's last heartbeat (every 10 s): one the kiosk really had on screen.
  // The rotation moves on between heartbeats: any slide the kiosk has shown since it opened counts.
  await expect
    .poll(async () => {
      const onMirror = await mirror.getAttribute('data-slide-id');
      const shownOnKiosk = await kiosk.evaluate(() => [...(window as unknown as { __shownSlides: Set<string> }).__shownSlides]);
      return onMirror !== null && shownOnKiosk.includes(onMirror);
    }, { timeout: 60_000, intervals: [250] })
    .toBe(true);
  if (SCREENSHOTS) await mirror.screenshot({ path: `${SHOTS}/screens-mirror-1366.png` });
  await kioskContext.close();
});

// A tour for review only (`npm run screenshots`): it asserts nothing the tests above do not.
test('screenshots: every editor with its preview at 1366×768, the inbox at 390×844', { tag: '@screenshots' }, async ({ browser }) => {
  test.setTimeout(150_000); // seven editors and two phones on a shared 2-core machine
  const admin = await signedIn(browser, server.url, 'admin');
  const cookie = await apiCookie(server.url, 'admin');
  for (const type of ['slogan', 'announcement', 'procedure', 'indexResult', 'commendation', 'image', 'qr']) {
    const items = (await apiJson(server.url, cookie, 'GET', `/api/content?type=${type}`)).body.data as { id: string }[];
    await admin.goto(`${server.url}/admin/content/${type}/${items[0]?.id ?? 'new'}`);
    const preview = admin.frameLocator('[data-testid="preview-pane"] iframe');
    await expect(preview.locator('.frame')).toBeVisible();
    await admin.waitForTimeout(600); // fonts and fitted text settle inside the frame
    await admin.screenshot({ path: `${SHOTS}/editor-${type}-1366.png` });
  }
  // Portrait screen in the picker.
  const screens = (await apiJson(server.url, cookie, 'GET', '/api/screens')).body.data as { id: string; orientation: string }[];
  const portrait = screens.find((s) => s.orientation === 'portrait');
  if (portrait) {
    await admin.getByTestId('preview-screen').selectOption(portrait.id);
    await admin.waitForTimeout(600);
    await admin.screenshot({ path: `${SHOTS}/editor-qr-portrait-1366.png` });
  }

  await apiJson(server.url, await apiCookie(server.url, 'vanphong'), 'POST', '/api/content', {
    ...contentMeta,
    type: 'announcement',
    title: 'Lịch họp phụ huynh đầu năm học',
    body: 'Nhà trường tổ chức họp phụ huynh vào **8 giờ sáng Thứ Bảy**, tại hội trường.',
    source: 'Kế hoạch năm học',
    status: 'submitted',
  });
  const principal = await signedIn(browser, server.url, 'hieutruong', PHONE);
  await principal.goto(`${server.url}/admin/approvals`);
  await expect(principal.getByTestId('approval-card').first()).toBeVisible();
  await principal.waitForTimeout(800);
  await principal.screenshot({ path: `${SHOTS}/approvals-390.png` });
  await principal.screenshot({ path: `${SHOTS}/approvals-390-full.png`, fullPage: true });
  await principal.getByTestId('approval-card').first().getByTestId('reject').tap();
  await principal.screenshot({ path: `${SHOTS}/approvals-reject-390.png` });
});
