import { test as base, expect, type Page } from '@playwright/test';
import { startServerProcess, tempDataDir, type ServerProcess } from '../helpers/serverProcess.ts';

export const ADMIN_PASSWORD = 'e2e-admin-password';

/**
 * One real server process per Playwright worker, on its own port with its own DATA_DIR, serving the built pages.
 * Tests that need a pristine store start their own with `freshServer`.
 */
export const test = base.extend<{ freshServer: ServerProcess }, { server: ServerProcess }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const server = await startServerProcess({ DATA_DIR: tempDataDir('e2e'), ADMIN_PASSWORD });
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
  freshServer: async ({}, use) => {
    const server = await startServerProcess({ DATA_DIR: tempDataDir('e2e-fresh'), ADMIN_PASSWORD });
    await use(server);
    await server.stop();
  },
});

export { expect };

/** Page model of the admin login. */
export async function logIn(page: Page, baseUrl: string, username = 'admin', password = ADMIN_PASSWORD) {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/** Logs in through the API and returns the session cookie header (for seeding through REST). */
export async function apiLogin(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

export async function apiPost(baseUrl: string, cookie: string, path: string, body: unknown) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { data: { id: string; version: number } } };
}

export const contentMeta = {
  validFrom: null,
  validUntil: null,
  durationSeconds: null,
  sample: false,
  source: '',
  screens: 'all',
  status: 'approved',
} as const;
