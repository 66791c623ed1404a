import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Real Chromium. Debian's build is used when present (Playwright's own browser download is not possible on our
 * machines): its headless shell (`apt-get install chromium-headless-shell`, the same engine without the browser around
 * it: a quarter faster to start and draw on a 2-core runner), else /usr/bin/chromium. Set CHROMIUM_PATH to use another
 * build, or leave all unset on a developer machine that ran `npx playwright install`.
 */
const DEBIAN_BROWSERS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];
const executablePath = process.env.CHROMIUM_PATH ?? DEBIAN_BROWSERS.find((candidate) => existsSync(candidate));
const jsonReport = process.env.PLAYWRIGHT_JSON;
/** `npm run screenshots`: the whole browser suite plus the tours tagged @screenshots, every test writing its screenshots. */
const screenshots = process.env.SCREENSHOTS === '1';

export default defineConfig({
  testDir: './e2e',
  // The server is compiled once and a seeded DATA_DIR prepared once; every test server starts from those.
  globalSetup: './e2e/globalSetup.ts',
  // Screenshot tours run on demand (npm run screenshots), not in npm test.
  ...(screenshots ? {} : { grepInvert: /@screenshots/ }),
  outputDir: './artifacts/results',
  // Safety nets, not measures: every wait is for an event (a slide, a push, a reply), never a fixed time; these bounds
  // only have to outlast a 2-core machine shared with other work (a first kiosk render there once took over 10 s).
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // Kiosks honour reduced motion (no sliding ticker, no filling progress bar, no cross-fade): the same content and
    // layout, but an open kiosk page then draws no frames while a slide stands — on a 2-core runner the animations of
    // the open kiosks were a third of the suite's CPU. A spec that is about motion sets 'no-preference' itself.
    reducedMotion: process.env.E2E_MOTION === '1' ? 'no-preference' : 'reduce',
    screenshot: 'only-on-failure',
    // A kiosk's service worker precaches every display chunk on its first load: a third of the CPU of opening a kiosk
    // in a new context (measured 2.3 vs 1.7 CPU-s at 1080p), and most tests open one. Tests about the worker (offline
    // start, cached media) create their context with serviceWorkers: 'allow'.
    serviceWorkers: 'block',
    // A trace records DOM snapshots and a screencast of every action of every test, kept only when one fails: a
    // quarter of the browser suite's CPU (measured: 42–50 vs 32–38 CPU-s for the same specs). CI runs without it; a
    // developer re-runs a failing spec locally, where it stays on (E2E_TRACE=off|on overrides both).
    trace: (process.env.E2E_TRACE ?? (process.env.CI ? 'off' : 'on')) === 'off' ? 'off' : 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
