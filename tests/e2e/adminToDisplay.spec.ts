import { expect, logIn, test } from './fixtures.ts';

test('log into the admin, edit a slogan, and see it on the gate screen without a reload', async ({ browser, server }) => {
  test.setTimeout(150_000); // the edited slogan comes up in its turn: up to a whole rotation on a loaded machine
  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await screen.goto(`${server.url}/display/gate?speed=20`);
  await expect(screen.getByTestId('slide')).toBeVisible();
  const board = screen.locator('[data-snapshot-version]');
  const versionBefore = (await board.getAttribute('data-snapshot-version'))!;
  // A marker that a reload would wipe out.
  await screen.evaluate(() => Object.assign(window, { __sameDocument: true }));

  const admin = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await logIn(admin, server.url);
  await admin.getByTestId('nav-slogan').click();
  await admin.getByTestId('content-row').first().click();
  const newText = `Nhà trường luôn lắng nghe ý kiến của cha mẹ học sinh (${Date.now() % 100000})`;
  await admin.getByTestId('field-text').fill(newText);
  const savedAt = Date.now();
  await admin.getByTestId('save-publish').click();
  await expect(admin.getByTestId('toast')).toBeVisible();

  // The screen receives the new snapshot within a second of the save…
  await expect(board).not.toHaveAttribute('data-snapshot-version', versionBefore, { timeout: 3000 });
  expect(Date.now() - savedAt).toBeLessThan(3000);
  // …and shows the edited slogan when its turn comes, in the same document (no reload).
  await expect(screen.getByTestId('slide').filter({ hasText: newText })).toBeVisible({ timeout: 90_000 });
  expect(await screen.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});

test('a wrong password gets a clear Vietnamese message', async ({ page, server }) => {
  await page.goto(`${server.url}/admin/`);
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('mat-khau-sai');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('Sai tên đăng nhập hoặc mật khẩu');
});

test('an empty slogan is refused with a field error and nothing is saved', async ({ page, server }) => {
  await logIn(page, server.url);
  await page.getByTestId('nav-slogan').click();
  const countBefore = (await (await fetch(`${server.url}/api/display/gate`)).json()).data.items.length;
  await page.getByTestId('content-new').click();
  await page.getByTestId('field-text').fill('   ');
  await page.getByTestId('save-publish').click();
  await expect(page.getByTestId('error-text')).toBeVisible();
  await expect(page.getByTestId('error-text')).not.toBeEmpty();
  const countAfter = (await (await fetch(`${server.url}/api/display/gate`)).json()).data.items.length;
  expect(countAfter).toBe(countBefore);
});

test('logout ends the session', async ({ page, server }) => {
  await logIn(page, server.url);
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-submit')).toBeVisible();
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
  expect(me).toBe(401);
});
