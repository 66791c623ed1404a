import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Real Chromium. Debian's /usr/bin/chromium is used when present (Playwright's own browser download is not
 * possible on our machines); set CHROMIUM_PATH to use another build, or leave both unset on a developer machine
 * that ran `npx playwright install`.
 */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const jsonReport = process.env.PLAYWRIGHT_JSON;

export default defineConfig({
  testDir: './e2e',
  outputDir: './artifacts/results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
