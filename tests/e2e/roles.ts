import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startServerProcess, tempDataDir, type ServerProcess } from '../helpers/serverProcess.ts';
import { seededDatabase, TEST_PASSWORD } from '../helpers/testApp.ts';
// Not from fixtures.ts: that file starts this server for its worker fixture (rolesServer).
import { expect } from '@playwright/test';
import type { SharedConsoles } from './fixtures.ts';

/** A real server whose DATA_DIR starts with one user per role (admin, hieutruong = approver, vanphong = editor). */
export async function startRolesServer(): Promise<ServerProcess> {
  const dataDir = tempDataDir('e2e-roles');
  writeFileSync(path.join(dataDir, 'db.json'), JSON.stringify(await seededDatabase(new Date())));
  const server = await startServerProcess({ DATA_DIR: dataDir, ADMIN_PASSWORD: TEST_PASSWORD });
  // Stopping it also removes its temp DATA_DIR.
  return { ...server, stop: (signal) => server.stop(signal).finally(() => rmSync(dataDir, { recursive: true, force: true })) };
}

export const LAPTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/**
 * A signed-in page for one role, on a laptop or a phone. Given `adminPath`, the page is signed in with a session cookie
 * from the API and opens that page directly (one load of the console, not the login page and then the page); without
 * it, it signs in through the login form and stays where the console lands.
 */
export async function signedIn(browser: Browser, url: string, username: string, viewport = LAPTOP, adminPath?: string): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(viewport === PHONE ? { isMobile: true, hasTouch: true } : {}) });
  const page = await context.newPage();
  if (adminPath !== undefined) {
    const cookie = await apiCookie(url, username);
    const split = cookie.indexOf('=');
    await context.addCookies([{ name: cookie.slice(0, split), value: cookie.slice(split + 1), url }]);
    await page.goto(`${url}/admin/${adminPath}`);
    await expect(page.getByTestId('current-user')).toBeVisible();
    return page;
  }
  await page.goto(`${url}/admin/`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
  return page;
}

/** Who sits at each role's console in the role specs, and on what: the office on laptops, the principal on her phone. */
const SEATS = {
  editor: { username: 'vanphong', viewport: LAPTOP },
  principal: { username: 'hieutruong', viewport: PHONE },
  admin: { username: 'admin', viewport: LAPTOP },
} as const;

/** That role's console at `adminPath`, kept in `consoles` across the tests: one cold load per worker, then in-app. */
export function seatAt(consoles: SharedConsoles, browser: Browser, url: string, role: keyof typeof SEATS, adminPath: string): Promise<Page> {
  const { username, viewport } = SEATS[role];
  return consoles.at(role, adminPath, () => signedIn(browser, url, username, viewport, adminPath));
}

/** Session cookie for REST calls as one role. */
export async function apiCookie(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export async function apiJson(url: string, cookie: string, method: string, pathName: string, body?: unknown) {
  const res = await fetch(`${url}${pathName}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json', origin: url }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; error?: { code: string; message: string } } };
}

export const gatePayload = async (url: string) => JSON.stringify((await (await fetch(`${url}/api/display/gate`)).json()).data);
