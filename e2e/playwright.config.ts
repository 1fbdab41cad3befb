import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, DEFAULT_VIEWPORT, chromiumExecutable } from './support/chromium-options.ts';

// Specs get the app from support/fixtures.ts (browser shell, or Electron where its binary exists) with a
// fresh library folder each. `use` holds what both kinds of spec share: the window size, and the Chromium
// that the app-less specs (bundled DOM code on a static page) get as Playwright's own `page`.
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'specs',
  // The search benchmark (10,000 articles, an index built in the shell: a minute of CI) only measures; it runs
  // with `npm run bench:e2e`, beside the other benchmarks, not in the test suite.
  testIgnore: process.env.LECTERN_E2E_BENCH ? [] : ['**/search-bench.spec.ts'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list'], ['./support/summary-reporter.ts']],
  outputDir: '../test-results',
  use: {
    viewport: DEFAULT_VIEWPORT,
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath && { executablePath }) },
  },
});
