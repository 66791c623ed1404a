import { apiLogin, expect, test } from './fixtures.ts';
import { stepUntil } from './kioskModel.ts';

// A wrong password (the server's refusal: tests/integration/auth.test.ts; the page's message: a11y.spec.ts) and logout
// (server: auth.test.ts; the button: adminOps.spec.ts) moved out of this file.

test('log into the admin, edit a slogan, and see it on the gate screen without a reload', async ({ adminConsole, browser, server }) => {
  const screenContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const screen = await screenContext.newPage();
  await screen.goto(`${server.url}/display/gate`);
  await expect(screen.getByTestId('slide')).toBeVisible();
  const board = screen.locator('[data-snapshot-version]');
  const versionBefore = (await board.getAttribute('data-snapshot-version'))!;
  // A marker that a reload would wipe out.
  await screen.evaluate(() => Object.assign(window, { __sameDocument: true }));

  const admin = await adminConsole.at('content/slogan', { width: 1366, height: 768 });
  // A slogan the gate plays now (not every slogan in the list is on air, and other tests reorder the list).
  const gate = (await (await fetch(`${server.url}/api/display/gate`)).json()) as { data: { items: { type: string; text?: string }[] } };
  const onGate = gate.data.items.find((item) => item.type === 'slogan')!.text!;
  await admin.getByTestId('content-row').filter({ hasText: onGate.slice(0, 24) }).first().click();
  const newText = `Nhà trường luôn lắng nghe ý kiến của cha mẹ học sinh (${Date.now() % 100000})`;
  await admin.getByTestId('field-text').fill(newText);
  await admin.getByTestId('save-publish').click();
  await expect(admin.getByTestId('toast')).toBeVisible();

  // The screen receives the new snapshot pushed on save (how fast is tests/integration/content.test.ts' business)…
  await expect(board).not.toHaveAttribute('data-snapshot-version', versionBefore);
  // …and shows the edited slogan when its turn comes (brought forward with "next"), in the same document (no reload).
  const remote = { url: server.url, cookie: await apiLogin(server.url), screenId: 'gate' };
  const edited = screen.getByTestId('slide').filter({ hasText: newText });
  expect(await stepUntil(screen, remote, () => edited.isVisible())).toBe(true);
  expect(await screen.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await screenContext.close();
});

test('an empty slogan is refused with a field error and nothing is saved', async ({ adminConsole, server }) => {
  const page = await adminConsole.at('content/slogan');
  const countBefore = (await (await fetch(`${server.url}/api/display/gate`)).json()).data.items.length;
  await page.getByTestId('content-new').click();
  await page.getByTestId('field-text').fill('   ');
  await page.getByTestId('save-publish').click();
  await expect(page.getByTestId('error-text')).toBeVisible();
  await expect(page.getByTestId('error-text')).not.toBeEmpty();
  const countAfter = (await (await fetch(`${server.url}/api/display/gate`)).json()).data.items.length;
  expect(countAfter).toBe(countBefore);
});
