import { defineConfig } from '@playwright/test';

// Specs launch their own shell (browser shell, or Electron where its binary exists) with a fresh
// library folder each, so the config only sets the suite's shape.
export default defineConfig({
  testDir: 'specs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list'], ['./support/summary-reporter.ts']],
  outputDir: '../test-results',
});
