import { generate } from 'otplib';
import { ADMIN_PASSWORD, expect, navigateInConsole, openSignedIn, shot, test } from './fixtures.ts';

const PHONE = { width: 390, height: 844 };

// A fresh server: turning the second factor on for the admin must not change the worker's shared server.
test('an admin turns on the second factor on a phone, then signs in with the password and a recovery code', async ({ browser, freshServer }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openSignedIn(page, freshServer.url, 'account');
  await page.getByTestId('totp-start').click();
  await expect(page.getByTestId('totp-qr')).toBeVisible();
  // What a phone app would read from the QR: the key, also shown for typing.
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
  await page.getByTestId('totp-code').fill(await generate({ secret }));
  await page.getByTestId('totp-confirm').click();
  const recovery = page.getByTestId('totp-recovery');
  await expect(recovery.locator('li')).toHaveCount(10);
  const oneCode = ((await recovery.locator('li code').first().textContent()) ?? '').trim();
  await shot(page, 'tests/artifacts/screens/account-totp-recovery-390.png', true);
  await page.getByTestId('totp-recovery-done').click();
  await expect(page.getByTestId('totp-on')).toBeVisible();

  // Signing in again: the password alone is not enough; a wrong code is refused in Vietnamese; a recovery code works.
  const again = await (await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  await again.goto(`${freshServer.url}/admin/`);
  await again.getByTestId('login-username').fill('admin');
  await again.getByTestId('login-password').fill(ADMIN_PASSWORD);
  await again.getByTestId('login-submit').click();
  await expect(again.getByTestId('login-second-step')).toBeVisible();
  await again.getByTestId('login-code').fill('000000');
  await again.getByTestId('login-code-submit').click();
  await expect(again.getByTestId('login-code-error')).not.toBeEmpty();
  await shot(again, 'tests/artifacts/screens/login-second-step-390.png');
  await again.getByTestId('login-code').fill(oneCode);
  await again.getByTestId('login-code-submit').click();
  await expect(again.getByTestId('current-user')).toBeVisible();
  // The Users page says who signs in with two steps (an admin turns it off for someone else who lost both).
  await navigateInConsole(again, 'users');
  await expect(again.locator('[data-testid="user-row"][data-username="admin"]').getByTestId('user-two-factor')).toBeVisible();
});
