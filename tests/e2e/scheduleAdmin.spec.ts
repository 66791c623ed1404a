import type { Page } from '@playwright/test';
import { apiLogin, apiPost, contentMeta, expect, navigateInConsole, shot, test } from './fixtures.ts';
import { pairKiosk } from './pairKiosk.ts';

/**
 * The office's scheduling pages against the real server: the form, the week timeline, the "what plays at" preview
 * (both answered by the server's evaluator), Vietnamese field errors, the cron helper, and emergency notices.
 */

async function slogan(url: string, cookie: string, text: string): Promise<string> {
  const res = await apiPost(url, cookie, '/api/content', { ...contentMeta, screens: [], type: 'slogan', text, attribution: '', theme: 'blue' });
  expect(res.status).toBe(201);
  return res.json.data.id;
}

async function entryCount(url: string, cookie: string): Promise<number> {
  const res = await fetch(`${url}/api/schedules`, { headers: { cookie } });
  return ((await res.json()) as { data: { entries: unknown[] } }).data.entries.length;
}

/**
 * Removes through the API what a test made on the worker's server (every test here works on it, in its one signed-in
 * console: no server start nor cold console load of their own): entries, playlists and notices reach screens, which
 * the worker's later tests open. A failed test ends its worker, server included.
 */
async function remove(url: string, cookie: string, path: string): Promise<void> {
  const res = await fetch(`${url}${path}`, { method: 'DELETE', headers: { cookie } });
  expect(res.status, `DELETE ${path}`).toBe(200);
}

/** Page model: the schedule form's content picker (search, then press the "+" option). */
async function pickContent(page: Page, text: string) {
  await page.getByTestId('schedule-content-search').fill(text);
  await page.getByTestId('schedule-content-option').filter({ hasText: text }).click();
  await expect(page.getByTestId('schedule-content-item').filter({ hasText: text })).toBeVisible();
}

test('a weekly entry made in the form shows in the week timeline and answers "what plays on Monday at 07:15"', async ({ adminConsole, server }) => {
  const cookie = await apiLogin(server.url);
  const text = 'Tuyển sinh năm học mới: nhận hồ sơ tại văn phòng';
  const item = await slogan(server.url, cookie, text);
  const page = await adminConsole.at('schedules');
  await page.getByTestId('schedule-new').click();
  await page.getByTestId('field-name').fill('Tuyển sinh giờ đón trẻ');
  await pickContent(page, text);
  await page.getByTestId('target-all').uncheck();
  await page.getByTestId('target-screen-gate').check();
  // Thứ Hai – Thứ Sáu is the default; the daypart preset fills the window.
  await expect(page.getByTestId('day-1')).toBeChecked();
  await expect(page.getByTestId('day-6')).not.toBeChecked();
  await page.getByTestId('preset-don-tre').click();
  await expect(page.getByTestId('window-0-start')).toHaveValue('06:45');
  await expect(page.getByTestId('window-0-end')).toHaveValue('08:00');
  await page.getByTestId('schedule-save').click();

  await expect(page).toHaveURL(/\/admin\/schedules\/[a-z0-9-]+$/);
  await expect(page.getByTestId('unsaved')).toHaveCount(0);
  const id = page.url().split('/').pop() ?? '';
  expect(id).not.toBe('new');

  // In the list, with "when" in words.
  await page.getByTestId('nav-schedules').click();
  const row = page.locator(`[data-testid="schedule-row"][data-id="${id}"]`);
  await expect(row).toContainText('Thứ Hai – Thứ Sáu · 06:45–08:00');
  await expect(row).toContainText('Màn hình cổng trường');

  // The week timeline of the gate screen: a block on each school day, none at the weekend.
  await page.getByTestId('nav-schedule-week').click();
  await page.getByTestId('week-screen').selectOption('gate');
  const blocksOf = (day: number) => page.locator(`[data-testid="week-column-${day}"] [data-testid="week-block"][data-entries~="${id}"]`);
  await expect(blocksOf(1)).toHaveCount(1);
  await expect(blocksOf(1)).toHaveAttribute('data-start', '06:45');
  await expect(blocksOf(1)).toHaveAttribute('data-end', '08:00');
  await expect(blocksOf(5)).toHaveCount(1);
  await expect(blocksOf(6)).toHaveCount(0);
  await expect(blocksOf(7)).toHaveCount(0);

  // Clicking the block says what plays, and asks the preview for that moment.
  await blocksOf(1).click();
  await expect(page.getByTestId('block-details')).toContainText(text);

  // "Xem trước": Monday 07:15 → the item, because of this entry; Monday 09:00 → not it.
  await page.getByTestId('preview-day').selectOption('0');
  await page.getByTestId('preview-time').fill('07:15');
  await expect(page.getByTestId('preview-question')).toContainText('07:15 Thứ Hai');
  const planned = page.locator(`[data-testid="preview-items"] [data-testid="plan-item"][data-content="${item}"]`);
  await expect(planned).toContainText('theo lịch “Tuyển sinh giờ đón trẻ”');
  await page.getByTestId('preview-time').fill('09:00');
  await expect(page.getByTestId('preview-question')).toContainText('09:00 Thứ Hai');
  await expect(planned).toHaveCount(0);
});

test('bad input shows Vietnamese errors next to the fields and saves nothing', async ({ adminConsole, server }) => {
  const cookie = await apiLogin(server.url);
  const text = 'Lịch tiêm chủng tháng này';
  await slogan(server.url, cookie, text);
  const before = await entryCount(server.url, cookie);
  const page = await adminConsole.at('schedules/new');

  await page.getByTestId('field-name').fill('Lịch sai');
  await pickContent(page, text);
  // A window of zero length.
  await page.getByTestId('window-add').click();
  await page.getByTestId('window-0-start').fill('07:00');
  await page.getByTestId('window-0-end').fill('07:00');
  // A range that ends before it starts.
  await page.getByTestId('field-dateFrom').fill('2026-09-10');
  await page.getByTestId('field-dateUntil').fill('2026-09-01');
  await page.getByTestId('schedule-save').click();
  await expect(page.getByTestId('error-rule.windows.0')).toHaveText('Khung giờ phải dài hơn 0 phút (giờ kết thúc khác giờ bắt đầu)');
  await expect(page.getByTestId('error-dateUntil')).toHaveText('Ngày kết thúc phải bằng hoặc sau ngày bắt đầu');
  await expect(page.getByTestId('form-error')).toContainText('Chưa lưu được');

  // A window ending earlier than it starts asks "Qua nửa đêm?" instead of assuming; ticked, it says when it ends.
  await page.getByTestId('window-0-start').fill('22:00');
  await page.getByTestId('window-0-end').fill('02:00');
  await expect(page.getByTestId('window-0-overnight')).toContainText('Qua nửa đêm?');
  await page.getByTestId('window-0-overnight-confirm').check();
  await expect(page.getByTestId('window-0-overnight')).toContainText('kết thúc hôm sau lúc 02:00');

  // An invalid cron expression.
  await page.getByTestId('rule-cron').check();
  await page.getByTestId('field-rule.expression').fill('61 7 * * *');
  await expect(page.getByTestId('cron-parse-error')).toContainText('phút phải từ 0 đến 59');
  await page.getByTestId('schedule-save').click();
  await expect(page.getByTestId('error-rule.expression')).toContainText('phút phải từ 0 đến 59');
  await expect(page.getByTestId('error-dateUntil')).toBeVisible();

  expect(await entryCount(server.url, cookie)).toBe(before);
  await expect(page).toHaveURL(/\/admin\/schedules\/new$/);
});

test('advanced mode describes the cron expression in Vietnamese, lists its next five runs and warns when both day fields are set', async ({
  adminConsole,
}) => {
  const page = await adminConsole.at('schedules/new');
  await page.getByTestId('rule-cron').check();
  await page.getByTestId('field-rule.expression').fill('15 7 * * 1-5');
  await expect(page.getByTestId('cron-description')).toHaveText('Vào 07:15, Thứ 2 đến Thứ 6');
  const runs = page.getByTestId('cron-runs').locator('li');
  await expect(runs).toHaveCount(5);
  for (const run of await runs.allTextContents()) expect(run).toMatch(/^Thứ (Hai|Ba|Tư|Năm|Sáu) \d{2}\/\d{2}\/\d{4} 07:15$/);
  await expect(page.getByTestId('cron-preview')).toContainText('CẢ HAI');
  await expect(page.getByTestId('cron-both-days')).toHaveCount(0);

  // Day 13 AND a Friday: the warning, and only Friday-the-13ths among the runs.
  await page.getByTestId('field-rule.expression').fill('0 7 13 * 5');
  await expect(page.getByTestId('cron-both-days')).toBeVisible();
  await expect(runs.first()).toHaveText(/^Thứ Sáu 13\/\d{2}\/\d{4} 07:00$/);
  for (const run of await runs.allTextContents()) expect(run).toMatch(/^Thứ Sáu 13\//);
});

test('an emergency notice sent from the page shows as active until it is ended', async ({ adminConsole, browser, server }) => {
  // The worker's server: the notice is ended before the test does (and a failed test's worker, server included, is
  // replaced), so no later test meets it; a fresh server cost a start.
  const page = await adminConsole.at('emergency');
  await expect(page.getByTestId('emergency-none')).toBeVisible();
  await page.getByTestId('template-late-pickup').click();
  await expect(page.getByTestId('field-emergency-title')).toHaveValue('THÔNG BÁO VỀ GIỜ ĐÓN TRẺ');
  await page.getByTestId('field-emergency-body').fill('Hôm nay giờ trả trẻ được lùi đến 18:00 do mưa lớn.');
  await page.getByTestId('emergency-send').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('THÔNG BÁO VỀ GIỜ ĐÓN TRẺ');
  await page.getByTestId('confirm-ok').click();

  const active = page.getByTestId('emergency-active');
  await expect(active).toContainText('THÔNG BÁO VỀ GIỜ ĐÓN TRẺ');
  await expect(active).toContainText('lùi đến 18:00');
  await expect(page.getByTestId('emergency-left')).toContainText('còn 4 giờ');
  await expect(page.getByTestId('emergency-ack-count')).toContainText(/^0\/\d+ màn hình đã hiển thị$/);

  // A (paired) kiosk opening now acknowledges it; the page hears it live.
  const kioskContext = await browser.newContext();
  await pairKiosk(kioskContext, server.url, await apiLogin(server.url), 'gate');
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(`${server.url}/display/gate`);
  await expect(page.locator('[data-testid="emergency-ack"][data-screen="gate"]')).toHaveAttribute('data-acked', 'yes');
  await kioskContext.close();

  await page.getByTestId('emergency-clear').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('emergency-none')).toBeVisible();
  await expect(page.getByTestId('emergency-recent')).toContainText('THÔNG BÁO VỀ GIỜ ĐÓN TRẺ');
});

test('a playlist is ordered with the keyboard and becomes the gate screen\'s default; a stale schedule save is refused', async ({
  adminConsole,
  server,
}) => {
  const { url } = server;
  const cookie = await apiLogin(url);
  // Texts of this run's own: the worker's server keeps what earlier tests (or runs) made.
  const run = Date.now() % 100000;
  const firstText = `Bé khoẻ mỗi ngày (${run})`;
  const secondText = `Thực đơn tuần này (${run})`;
  const first = await slogan(url, cookie, firstText);
  const second = await slogan(url, cookie, secondText);
  type Screens = { data: ({ id: string; defaultPlaylistId: string | null } & Record<string, unknown>)[] };
  const screensBefore = (await (await fetch(`${url}/api/screens`, { headers: { cookie } })).json()) as Screens;
  const page = await adminConsole.at('playlists');
  await page.getByTestId('playlist-new').click();
  await page.getByTestId('field-playlist-name').fill('Buổi chiều');
  await page.getByTestId('playlist-content-search').fill(firstText);
  await page.getByTestId('playlist-content-option').filter({ hasText: firstText }).click();
  await page.getByTestId('playlist-content-search').fill(secondText);
  await page.getByTestId('playlist-content-option').filter({ hasText: secondText }).click();
  // "Move earlier" on the second item, pressed from the keyboard.
  await page.getByRole('button', { name: `Đưa “${secondText}” lên trước` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('playlist-content-item').first()).toHaveAttribute('data-id', second);
  await page.getByTestId('playlist-save').click();
  await expect(page.getByTestId('playlist-item')).toContainText('Buổi chiều');
  const bundle = (await (await fetch(`${url}/api/schedules`, { headers: { cookie } })).json()) as {
    data: { playlists: { id: string; name: string; contentIds: string[] }[] };
  };
  const playlist = bundle.data.playlists.find((p) => p.name === 'Buổi chiều');
  expect(playlist?.contentIds).toEqual([second, first]);

  // The screen form offers it as the default rotation.
  await page.getByTestId('nav-screens').click();
  await page.locator('[data-testid="screen-edit"]').first().click();
  await page.getByTestId('screen-field-defaultPlaylistId').selectOption({ label: 'Buổi chiều (2 nội dung)' });
  await page.getByTestId('screen-save').click();
  await expect(page.getByTestId('screen-save')).toHaveCount(0);
  const screens = (await (await fetch(`${url}/api/screens`, { headers: { cookie } })).json()) as Screens;
  expect(screens.data.some((s) => s.defaultPlaylistId === playlist?.id)).toBe(true);

  // Someone else saves the entry first: this save is refused and says so.
  const input = {
    name: 'Thực đơn giờ trả trẻ',
    enabled: true,
    contentIds: [second],
    playlistId: null,
    screens: 'all',
    dateFrom: null,
    dateUntil: null,
    rule: { kind: 'weekly', days: [1, 2, 3, 4, 5], windows: [{ start: '16:00', end: '17:30' }] },
    priority: 50,
    mode: 'add',
    durationSeconds: null,
  };
  const created = await apiPost(url, cookie, '/api/schedules', input);
  const entry = (created.json.data as unknown as { entry: { id: string } }).entry;
  await navigateInConsole(page, `schedules/${entry.id}`);
  await expect(page.getByTestId('field-name')).toHaveValue('Thực đơn giờ trả trẻ');
  const other = await fetch(`${url}/api/schedules/${entry.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie, origin: url },
    body: JSON.stringify({ ...input, name: 'Sửa bởi người khác', baseVersion: 1 }),
  });
  expect(other.status).toBe(200);
  await page.getByTestId('field-priority').fill('70');
  await page.getByTestId('schedule-save').click();
  await expect(page.getByTestId('form-error')).toContainText('Người khác vừa lưu thay đổi trước bạn');
  await page.getByTestId('conflict-reload').click();
  await expect(page.getByTestId('field-name')).toHaveValue('Sửa bởi người khác');

  // Undone: the entry, the screen's default rotation as it was, then the playlist (refused while a screen uses it).
  await remove(url, cookie, `/api/schedules/${entry.id}`);
  for (const changed of screens.data.filter((s) => s.defaultPlaylistId === playlist?.id)) {
    const { id, ...before } = screensBefore.data.find((s) => s.id === changed.id) ?? changed;
    const put = await fetch(`${url}/api/screens/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie, origin: url },
      body: JSON.stringify(before),
    });
    expect(put.status).toBe(200);
  }
  await remove(url, cookie, `/api/playlists/${playlist?.id ?? ''}`);
});

const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

test('every scheduling page fits a laptop and a phone without sideways scrolling', async ({ adminConsole, server }) => {
  const { url } = server;
  const cookie = await apiLogin(url);
  const morning = await slogan(url, cookie, 'Cha mẹ vui lòng không dừng xe trước cổng trường');
  const vaccine = await slogan(url, cookie, 'Lịch tiêm chủng mở rộng tháng này');
  // Names of this run's own: the worker's server holds other entries (one of them "Tuyển sinh giờ đón trẻ").
  const run = Date.now() % 100000;
  const pickup = `Giờ đón trẻ (${run})`;
  const vaccination = `Tiêm chủng (thứ Tư hằng tuần, ${run})`;
  const created = async (path: string, body: unknown): Promise<unknown> => {
    const res = await apiPost(url, cookie, path, body);
    expect(res.status).toBe(201);
    return res.json.data;
  };
  type Entry = { entry: { id: string } };
  const base = { enabled: true, playlistId: null, dateFrom: null, dateUntil: null, durationSeconds: null };
  const pickupEntry = (await created('/api/schedules', {
    ...base,
    name: pickup,
    contentIds: [morning],
    screens: { screenIds: ['gate'], groups: [] },
    rule: { kind: 'weekly', days: [1, 2, 3, 4, 5], windows: [{ start: '06:45', end: '08:00' }, { start: '16:00', end: '17:30' }] },
    priority: 60,
    mode: 'replace',
  })) as Entry;
  const vaccinationEntry = (await created('/api/schedules', {
    ...base,
    name: vaccination,
    contentIds: [vaccine],
    screens: 'all',
    rule: { kind: 'cron', expression: '0 9 * * 3', durationMinutes: 180 },
    priority: 40,
    mode: 'add',
  })) as Entry;
  const playlist = (await created('/api/playlists', { name: 'Buổi sáng', contentIds: [morning, vaccine] })) as { id: string };
  const notice = (await created('/api/emergencies', {
    title: 'THÔNG BÁO VỀ GIỜ ĐÓN TRẺ',
    body: 'Hôm nay giờ trả trẻ được lùi đến 18:00 do mưa lớn.',
    level: 'warning',
    screens: ['reception'],
    durationMinutes: 60,
  })) as { notice: { id: string } };

  const page = await adminConsole.at('schedules');
  const pages: { name: string; path: string; ready: (p: Page) => Promise<void> }[] = [
    {
      name: 'schedules',
      path: 'schedules',
      // The rows of this test (the worker's server holds the other tests' entries too).
      ready: async (p) => {
        await expect(p.getByTestId('schedule-row').filter({ hasText: pickup })).toHaveCount(1);
        await expect(p.getByTestId('schedule-row').filter({ hasText: vaccination })).toHaveCount(1);
      },
    },
    {
      name: 'schedule-form',
      path: 'schedules/new',
      ready: async (p) => {
        await p.getByTestId('preset-don-tre').click();
        await p.getByTestId('window-add').click();
        await p.getByTestId('window-1-start').fill('22:00');
        await p.getByTestId('window-1-end').fill('02:00');
        await p.getByTestId('window-1-overnight-confirm').check();
      },
    },
    {
      // The same new-entry form, switched to cron: no navigation (see below).
      name: 'schedule-cron',
      path: 'schedules/new',
      ready: async (p) => {
        await p.getByTestId('rule-cron').check();
        await p.getByTestId('field-rule.expression').fill('30 7 1 * 1');
        await expect(p.getByTestId('cron-runs').locator('li')).toHaveCount(5);
        await p.getByTestId('cron-preview').scrollIntoViewIfNeeded();
      },
    },
    {
      name: 'schedule-week',
      path: 'schedules/week',
      ready: async (p) => {
        await p.getByTestId('week-screen').selectOption('gate');
        await expect(p.locator('[data-testid="week-column-1"] [data-testid="week-block"]').first()).toBeVisible();
      },
    },
    {
      name: 'playlists',
      path: 'playlists',
      ready: async (p) => {
        await p.getByTestId('playlist-item').first().click();
        await expect(p.getByTestId('playlist-content-item')).toHaveCount(2);
      },
    },
    { name: 'emergency', path: 'emergency', ready: (p) => expect(p.getByTestId('emergency-active')).toBeVisible() },
  ];
  // One console page, resized for each size (its layout is CSS alone: no script reads the window's size), each page
  // opened afresh at that size the way the console's own links open it (twelve full loads of the console were most of
  // this test's CPU, then two).
  let at = 'schedules';
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const target of pages) {
      // The cron step stays on the form it fills (the same address).
      if (target.path !== at) await navigateInConsole(page, target.path);
      at = target.path;
      await target.ready(page);
      await shot(page, `tests/artifacts/screens/admin-${target.name}-${size.width}x${size.height}.png`);
      const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(overflow, `${target.name} at ${size.width}px`).toBeLessThanOrEqual(0);
    }
  }

  // Undone: the gate's "replace" entry and the reception's notice would change what the worker's later kiosks show.
  await remove(url, cookie, `/api/schedules/${pickupEntry.entry.id}`);
  await remove(url, cookie, `/api/schedules/${vaccinationEntry.entry.id}`);
  await remove(url, cookie, `/api/playlists/${playlist.id}`);
  expect((await apiPost(url, cookie, `/api/emergencies/${notice.notice.id}/clear`, {})).status).toBe(200);
});
