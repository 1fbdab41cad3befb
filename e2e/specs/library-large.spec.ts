// 10,000 articles: the first screen appears quickly, only a window of rows is in the DOM, and jumping to the end
// or scrolling to the middle fetches just the pages needed.
import { test, expect, seededDataDir } from '../support/fixtures.ts';
import type { BrowserShell } from '../support/browser-shell.ts';
import { launchApp } from '../support/launch-app.ts';
import { LibraryPage } from '../pages/library-page.ts';

// One app for both tests (the fixtures start one per test): seeding 10,000 articles takes a while.
let shell: BrowserShell;
let library: LibraryPage;

test.beforeAll(async () => {
  const dataDir = await seededDataDir({ count: 10_000, words: 60 });
  const started = Date.now();
  shell = await launchApp({ dataDir, viewport: { width: 1200, height: 820 } });
  library = new LibraryPage(shell.page);
  await library.waitReady();
  console.log(`10,000 articles: first screen ${Date.now() - started} ms after launch (core open included)`);
});

test.afterAll(async () => {
  await shell?.close();
});

test('the first screen shows, windowed, with the full count', async () => {
  await expect(library.count).toHaveText('9,411 articles'); // every 17th seeded article (589 of them) is archived
  const drawn = await library.rows.count();
  expect(drawn).toBeGreaterThan(4);
  expect(drawn).toBeLessThan(40);
  // The renderer marks the moment the first real rows are drawn, counted from the page's navigation start.
  const firstRows = await shell.page.evaluate(() => performance.getEntriesByName('lectern:first-rows')[0]?.startTime ?? -1);
  console.log(`10,000 articles: first rows drawn ${Math.round(firstRows)} ms after navigation start`);
  expect(firstRows).toBeGreaterThan(0);
  await library.screenshot('library-10k-first-screen');
});

test('End jumps to the last article and the middle loads on scroll', async () => {
  await library.press('j');
  await library.press('End');
  await expect(library.focusedRow()).toHaveAttribute('aria-posinset', '9411');
  await expect(library.focusedRow().locator('.row-title')).toHaveText(/\(\d+\)$/);

  await shell.page.getByTestId('article-list').evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect(shell.page.locator('[data-testid="article-row"][data-index="4700"]')).toBeVisible();
  await expect(shell.page.locator('.row-placeholder')).toHaveCount(0);
  await library.screenshot('library-10k-middle');
});
