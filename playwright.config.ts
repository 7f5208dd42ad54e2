import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium) with the e2e build of the
// extension (.output/chrome-mv3-e2e, made by `npm run test:e2e`). Each test launches its own short-lived browser
// profile (about half a second), so tests never share archive state; files run on two workers (the machine has
// two cores). The specs that time a capture run last, in a project of their own, one at a time, so no other test's
// browser competes with them for the two cores (if an earlier test fails, Playwright skips them).
export default defineConfig({
  testDir: 'tests/e2e',
  projects: [
    { name: 'e2e', testMatch: '**/*.spec.ts', testIgnore: '**/capture-timing.spec.ts' },
    { name: 'timing', testMatch: '**/capture-timing.spec.ts', dependencies: ['e2e'], workers: 1 },
  ],
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 45_000,
  expect: { timeout: 7_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // Tests launch their own persistent contexts, so Playwright's built-in trace/screenshot options do not apply; the
  // harness attaches screenshots of every open page when a test fails.
  outputDir: 'test-results',
});
