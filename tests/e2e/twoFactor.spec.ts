import { generate } from 'otplib';
import { ADMIN_PASSWORD, expect, navigateInConsole, openSignedIn, shot, signOutInConsole, test } from './fixtures.ts';

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

  // Signing in again (signed out with the console's own button, on the same phone: no page load): the password alone is
  // not enough; a wrong code is refused in Vietnamese; a recovery code works.
  await signOutInConsole(page);
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-second-step')).toBeVisible();
  await page.getByTestId('login-code').fill('000000');
  await page.getByTestId('login-code-submit').click();
  await expect(page.getByTestId('login-code-error')).not.toBeEmpty();
  await shot(page, 'tests/artifacts/screens/login-second-step-390.png');
  await page.getByTestId('login-code').fill(oneCode);
  await page.getByTestId('login-code-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
  // The Users page says who signs in with two steps (an admin turns it off for someone else who lost both).
  await navigateInConsole(page, 'users');
  await expect(page.locator('[data-testid="user-row"][data-username="admin"]').getByTestId('user-two-factor')).toBeVisible();
});
