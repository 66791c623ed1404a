import { rmSync } from 'node:fs';
import { test as base, devices, expect, type BrowserContext, type Page } from '@playwright/test';
import { seededDataDir, startServerProcess, type ServerProcess } from '../helpers/serverProcess.ts';

export { contentMeta } from '../helpers/contentFixtures.ts';

export const ADMIN_PASSWORD = 'e2e-admin-password';

/** Contexts that worker-scoped fixtures keep open across tests (closeOwnContexts leaves them alone). */
export const workerContexts = new WeakSet<BrowserContext>();

/** Signs a context in as the admin with a session cookie from the API (no login page to go through). */
export async function signInContext(context: BrowserContext, baseUrl: string): Promise<void> {
  const cookie = await apiLogin(baseUrl);
  const split = cookie.indexOf('=');
  await context.addCookies([{ name: cookie.slice(0, split), value: cookie.slice(split + 1), url: baseUrl }]);
}

/** The worker's signed-in admin console (see the `adminConsole` fixture). */
export interface AdminConsole {
  /**
   * The console page moved to `adminPath` (no page load after the first), at `viewport` (default: the suite's). When a
   * test left it signed out, it signs in again through its login form first (no page load either).
   */
  at(adminPath: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The console page signed out with its own button: the login page at the console's root address (no page load). */
  signedOut(viewport?: { width: number; height: number }): Promise<Page>;
}

/** The suite's default viewport, the `page` fixture's: read from the device playwright.config.ts uses, so the two agree. */
const DEFAULT_VIEWPORT = devices['Desktop Chrome'].viewport;

/**
 * One real server process per Playwright worker, on its own port with its own DATA_DIR, serving the built pages.
 * Tests that need a pristine store take `freshServer`: a new process on a fresh copy of the seeded DATA_DIR (compiled
 * once and seeded once per run, see globalSetup.ts, so it starts in about a second).
 */
export const test = base.extend<
  { freshServer: ServerProcess; closeOwnContexts: undefined },
  { server: ServerProcess; adminConsole: AdminConsole; rolesServer: ServerProcess; roleConsoles: SharedConsoles }
>({
  /**
   * Contexts a test opens with browser.newContext() would otherwise live until the worker ends, their kiosks rotating
   * in the background and slowing every later test of the worker: close them when the test ends.
   */
  closeOwnContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use(undefined);
      await Promise.all(browser.contexts().filter((c) => !before.has(c) && !workerContexts.has(c)).map((c) => c.close()));
    },
    { auto: true },
  ],
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      // FORM_MIN_FILL_SECONDS=0: the public forms' fill-time guard would make a test wait seconds in real time (the
      // guard itself is proved on the injected clock in tests/unit/public/publicKit.test.ts).
      const dataDir = seededDataDir('e2e');
      const server = await startServerProcess({ DATA_DIR: dataDir, ADMIN_PASSWORD, FORM_MIN_FILL_SECONDS: '0' });
      await use(server);
      await server.stop();
      // Whatever creates a temp folder removes it (a run left one per worker and per fresh server in /tmp).
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  /**
   * One signed-in admin console on the worker's server, kept open for every test of the worker that asks for it: a cold
   * load of the console (≈ 2 CPU-s) once per worker instead of once or twice per test. Each test gets it moved to its
   * page with the console's own links (navigateInConsole: toast closed, unsaved input left, the page mounted afresh).
   */
  adminConsole: [
    async ({ browser, server }, use) => {
      let page: Page | undefined;
      const at = async (adminPath: string, viewport = DEFAULT_VIEWPORT) => {
        if (page && !page.isClosed()) {
          await page.setViewportSize(viewport);
          if (await page.getByTestId('login-submit').isVisible()) await signInThroughForm(page, 'admin', ADMIN_PASSWORD);
          await navigateInConsole(page, adminPath);
          return page;
        }
        const context = await browser.newContext({ viewport });
        workerContexts.add(context);
        page = await context.newPage();
        await openSignedIn(page, server.url, adminPath);
        return page;
      };
      await use({
        at,
        signedOut: async (viewport = DEFAULT_VIEWPORT) => {
          const kept = page && !page.isClosed() ? page : await at('', viewport);
          await kept.setViewportSize(viewport);
          // Left signed out by an earlier test (adminOps' logout), it is still brought to the state of a fresh visit.
          if (await kept.getByTestId('login-submit').isVisible()) await loginPageAtRoot(kept);
          else await signOutInConsole(kept);
          return kept;
        },
      });
      await page?.context().close();
    },
    { scope: 'worker' },
  ],
  /**
   * A server whose store starts with one user per role (see roles.ts), shared by the specs about roles on one worker
   * (approvalWorkflow, contentEditors, principalLoop: each makes its own content and ends what would reach the others'
   * screens): one start per worker instead of one per spec. Started only in a worker that runs one of them.
   */
  rolesServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      // Imported here, not at the top: roles.ts seeds its store with the server's own code (testApp.ts), which no other
      // worker needs to load.
      const { startRolesServer } = await import('./roles.ts');
      const server = await startRolesServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  /** Signed-in consoles on the roles server, one per role and device, kept across those specs' tests in one worker. */
  roleConsoles: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const consoles = new SharedConsoles();
      await use(consoles);
      await consoles.closeAll();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
  freshServer: async ({}, use) => {
    const dataDir = seededDataDir('e2e-fresh');
    const server = await startServerProcess({ DATA_DIR: dataDir, ADMIN_PASSWORD });
    await use(server);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/**
 * A fresh server (as `freshServer`: a new process on a copy of the seeded DATA_DIR) shared by the tests of one spec
 * file, started when the first of them asks: for tests that each set their own stage on it (archive everything, then
 * add their content) instead of needing a pristine store — a server start and a data copy fewer per test. When a test
 * stops it (to prove something offline), the next one to ask gets a new one. The spec calls `stop` in afterAll.
 */
export function sharedFreshServer(): { get: () => Promise<ServerProcess>; stop: () => Promise<void> } {
  let current: { server: ServerProcess; dataDir: string } | undefined;
  const stop = async () => {
    if (!current) return;
    await current.server.stop();
    rmSync(current.dataDir, { recursive: true, force: true });
    current = undefined;
  };
  const get = async () => {
    const { child } = current?.server ?? {};
    if (current && child?.exitCode === null && child.signalCode === null) return current.server;
    await stop();
    const dataDir = seededDataDir('e2e-fresh');
    current = { dataDir, server: await startServerProcess({ DATA_DIR: dataDir, ADMIN_PASSWORD }) };
    return current.server;
  };
  return { get, stop };
}

/** Page model of the admin login. */
export async function logIn(page: Page, baseUrl: string, username = 'admin', password = ADMIN_PASSWORD) {
  await page.goto(`${baseUrl}/admin/`);
  await signInThroughForm(page, username, password);
}

/** Fills in and sends the login form the page shows, and waits for the console. */
export async function signInThroughForm(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/**
 * Signs a console page out with its own button (a form's leave guard answered as the user would) and moves the login
 * page it then shows to the console's root address: what a signed-out visit to /admin/ shows, and where the next sign-in
 * starts a new visit (the principal's landing on her inbox is once per visit) — with no page load.
 */
export async function signOutInConsole(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  const confirm = page.getByTestId('confirm-ok');
  const login = page.getByTestId('login-submit');
  await expect(login.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await loginPageAtRoot(page);
}

/** The login page a console shows once signed out, brought to what a fresh visit to /admin/ shows. */
async function loginPageAtRoot(page: Page): Promise<void> {
  const login = page.getByTestId('login-submit');
  await expect(login).toBeVisible();
  // The pointer leaves the spot it clicked, where the login page's language button now sits: a fresh visit has the
  // pointer over nothing, and the checks that follow (axe on the login page) see that page as a visitor first sees it.
  await page.mouse.move(0, page.viewportSize()?.height ?? 0);
  // The router listens while signed out too (it sits above the session's switch), as it does for the console's links.
  const at = await page.evaluate(() => {
    window.history.pushState(null, '', '/admin/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    return window.location.pathname;
  });
  expect(at).toBe('/admin/');
  await expect(login).toBeVisible();
}

/**
 * Opens an admin page already signed in (a session cookie from the API): one load of the console instead of the login
 * page and then the page. The login form itself is walked in a11y.spec.ts, twoFactor.spec.ts and wardUnits.spec.ts.
 */
export async function openSignedIn(page: Page, baseUrl: string, adminPath: string): Promise<void> {
  await signInContext(page.context(), baseUrl);
  await page.goto(`${baseUrl}/admin/${adminPath}`);
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/** An address the console has no page for: its "not found" page stands between two pages (see navigateInConsole). */
const BETWEEN_PAGES = '/admin/e2e-between-pages';

/**
 * Opens an admin path (of the console of `unit`, e.g. '/mn-hoa-sen'; default the root's) as the console's own links do
 * (history + popstate, no page load), by way of the console's "not
 * found" page: leaving a form with unsaved input is confirmed there as the user would (useLeaveGuard asks first), the
 * target mounts afresh even when it is the page already open, and once the "not found" page is gone nothing of the
 * previous page is left for the caller's checks to find (pages load lazily: a fixed wait did not cover that). A toast
 * left by an earlier step is closed first (a later check of the same toast text must see a new one).
 */
export async function navigateInConsole(page: Page, adminPath: string, unit = ''): Promise<void> {
  const closeToast = page.locator('.toast__close');
  // It may fade on its own meanwhile (after 5 s): then there is nothing to click.
  if (await closeToast.isVisible()) await closeToast.click({ timeout: 2000 }).catch(() => undefined);
  await expect(page.getByTestId('toast')).toHaveCount(0);
  const go = async (href: string) => {
    // The router's popstate handler runs within dispatchEvent: when a guard asks first, it has already put the old
    // address back by the time this returns.
    const at = await page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
      return window.location.pathname + window.location.search;
    }, href);
    if (at !== href) await page.getByTestId('confirm-ok').click();
    await expect(page).toHaveURL((url) => url.pathname + url.search === href);
  };
  const between = page.locator('#main h1').filter({ hasText: /^(Không tìm thấy trang|Page not found)$/ });
  await go(`${unit}${BETWEEN_PAGES}`);
  await expect(between).toBeVisible();
  await go(`${unit}/admin/${adminPath}`);
  await expect(between).toHaveCount(0);
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/**
 * Signed-in console pages kept open across the tests of one spec file (they run in order in one worker): the first
 * test that asks for one opens it (one cold load of the console), later tests move it with the console's own links.
 * A failed test ends its worker, so no later test inherits a page in an unknown state.
 */
export class SharedConsoles {
  readonly #pages = new Map<string, Page>();

  /** The page kept under `key` moved to `adminPath`, or the one `open` gives (at that path), kept from now on. */
  async at(key: string, adminPath: string, open: () => Promise<Page>): Promise<Page> {
    const kept = this.#pages.get(key);
    if (kept && !kept.isClosed()) {
      await navigateInConsole(kept, adminPath);
      return kept;
    }
    return this.#keep(key, open);
  }

  /**
   * A new visit of the console under `key` by `username`: the page kept under it signed out and in again through its
   * login form at the console's root (as someone handing the phone on would; no page load), or the one `open` gives,
   * kept from now on.
   */
  async signInAgain(key: string, username: string, password: string, open: () => Promise<Page>): Promise<Page> {
    const kept = this.#pages.get(key);
    if (kept && !kept.isClosed()) {
      await signOutInConsole(kept);
      await signInThroughForm(kept, username, password);
      return kept;
    }
    return this.#keep(key, open);
  }

  /** The page `open` gives, kept under `key` from now on (its context closed when the worker ends). */
  async #keep(key: string, open: () => Promise<Page>): Promise<Page> {
    const page = await open();
    workerContexts.add(page.context());
    this.#pages.set(key, page);
    return page;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.#pages.values()].map((page) => page.context().close()));
    this.#pages.clear();
  }
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

/** Screenshots for review are written only by `npm run screenshots` (SCREENSHOTS=1); `npm test` skips the encoding. */
export const SCREENSHOTS = process.env.SCREENSHOTS === '1';
export async function shot(target: Page, path: string, fullPage = false): Promise<void> {
  if (SCREENSHOTS) await target.screenshot({ path, fullPage });
}
