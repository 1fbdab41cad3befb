// Links imported from another app are downloaded in the background: a slim banner says how many are left and
// lets one pause and resume; rows say "Not downloaded yet" or why a download failed (with Retry); opening one
// shows a calm panel in the reader instead of an empty page, which turns into the article once it arrives.
import { test, expect } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { startArticleServer, type ArticleServer } from '../support/article-server.ts';
import { bookmarksHtml, pocketZip } from '../support/export-files.ts';
import type { MigrationPage } from '../pages/migration-page.ts';
import type { LibraryPage } from '../pages/library-page.ts';

let site: ArticleServer | undefined;

test.use({ viewport: { width: 1200, height: 860 }, allowLocalCaptures: true });

test.afterEach(async () => {
  await site?.close();
  site = undefined;
});

/** Imports a bookmarks file: one link whose page is gone, then six slow pages (1.5 s each, two at a time). */
async function importBookmarks(library: LibraryPage, migration: MigrationPage): Promise<ArticleServer> {
  const server = await startArticleServer();
  const links = [
    { url: server.url('/gone/old-essay'), title: 'A page that is gone' },
    ...Array.from({ length: 6 }, (_, i) => ({ url: server.url(`/slow/last-lighthouse-keeper?part=${i + 1}`), title: `Harbour dispatch ${i + 1}` })),
  ];
  await migration.drop({ name: 'bookmarks.html', content: bookmarksHtml('Reading list', links), mimeType: 'text/html' });
  const dialog = migration.previewDialog('your bookmarks');
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText('links, to download');
  await expect(dialog.getByRole('checkbox', { name: /Download the linked articles in the background/ })).toBeChecked();
  await migration.settle();
  await library.screenshot('migration-preview-links');
  await migration.page.keyboard.press('Enter');
  await expect(library.toasts.filter({ hasText: 'Imported 7 articles from your bookmarks · 7 to download' })).toBeVisible();
  return server;
}

test('the downloads banner counts down, pauses and resumes; rows say what is missing and why', async ({ library, migration }) => {
  site = await importBookmarks(library, migration);
  await expect(migration.downloadsBanner).toContainText(/Downloading articles: \d+ left/);
  await expect(library.rows).toHaveCount(7);
  await migration.settle();
  await library.screenshot('migration-downloads-running');
  await migration.downloadsBanner.getByRole('button', { name: 'Pause' }).click();
  await expect(migration.downloadsBanner).toContainText(/Downloads paused: \d+ left/);

  const gone = library.row('A page that is gone');
  await expect(migration.mark(gone)).toHaveText('Download failed', { timeout: 20_000 });
  await expect(gone).toContainText('Download failed:');
  await expect(migration.mark(library.row('Harbour dispatch 6'))).toHaveText('Not downloaded yet');
  await expect(migration.downloadsBanner).toContainText('1 failed');
  await migration.settle();
  await library.screenshot('migration-downloads-light');
  expect(await axeViolations(library.page, '[data-testid="downloads-banner"]')).toEqual([]);
  expect(await axeViolations(library.page, '[data-testid="article-row"]')).toEqual([]);

  // Retry from the row puts it back in the queue: the site is asked again.
  const before = site.hits.get('/gone/old-essay') ?? 0;
  await gone.hover();
  await gone.getByRole('button', { name: 'Retry downloading “A page that is gone”' }).click();
  await migration.downloadsBanner.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => site!.hits.get('/gone/old-essay') ?? 0, { timeout: 20_000 }).toBeGreaterThan(before);

  // Everything that can arrive does; what failed stays listed with Retry.
  await expect(migration.downloadsBanner).toContainText('1 article could not be downloaded', { timeout: 45_000 });
  await expect(migration.downloadsBanner.getByRole('button', { name: 'Retry failed' })).toBeVisible();
  await expect(library.page.getByTestId('download-mark')).toHaveCount(1);
});

test('an article not downloaded yet opens as a calm panel, and as the article once its text arrives', async ({ shell, library, migration }) => {
  site = await importBookmarks(library, migration);
  await migration.downloadsBanner.getByRole('button', { name: 'Pause' }).click();
  await expect(migration.downloadsBanner).toContainText('Downloads paused');

  await library.row('Harbour dispatch 6').locator('.row-open').click();
  await expect(migration.notDownloaded).toContainText('Harbour dispatch 6');
  await expect(migration.notDownloaded).toContainText('Not downloaded yet — it will be saved in the background.');
  await expect(migration.notDownloaded).toContainText('Background downloads are paused; Download now fetches this one anyway.');
  await expect(migration.notDownloaded.getByRole('link', { name: /127\.0\.0\.1/ })).toHaveAttribute('target', '_blank');
  await expect(migration.notDownloaded.getByRole('button', { name: 'Download now' })).toBeFocused();
  await migration.settle();
  await library.screenshot('migration-not-downloaded-light');
  expect(await axeViolations(shell.page, '[data-testid="not-downloaded"]')).toEqual([]);

  await shell.page.keyboard.press('Escape');
  await expect(library.row('Harbour dispatch 6')).toBeVisible();
  await library.useTheme('Dark');
  await migration.settle();
  await library.screenshot('migration-downloads-dark');
  await library.row('Harbour dispatch 6').locator('.row-open').click();
  await expect(migration.notDownloaded).toBeVisible();
  await migration.settle();
  await library.screenshot('migration-not-downloaded-dark');
  expect(await axeViolations(shell.page, '[data-testid="not-downloaded"]')).toEqual([]);

  // Download now from the panel: this article goes first and arrives while the others stay paused.
  await migration.notDownloaded.getByRole('button', { name: 'Download now' }).click();
  await expect(shell.page.locator('.reader[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await expect(migration.notDownloaded).toHaveCount(0);
  await shell.page.keyboard.press('Escape');
  await expect(migration.downloadsBanner).toContainText(/Downloads paused: \d+ left/);
});

test('links imported without downloading wait until asked; Download now fetches one, a failure says why', async ({ shell, library, migration }) => {
  site = await startArticleServer();
  const links = [
    { url: site.url('/gone/old-essay'), title: 'A page that is gone' },
    { url: site.url('/2026/02/last-lighthouse-keeper'), title: 'Saved for a rainy day' },
  ];
  await migration.drop({ name: 'bookmarks.html', content: bookmarksHtml('Later', links), mimeType: 'text/html' });
  const dialog = migration.previewDialog('your bookmarks');
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('checkbox', { name: /Download the linked articles in the background/ }).uncheck();
  await dialog.getByRole('button', { name: 'Import 2 articles' }).click();
  await expect(library.toasts.filter({ hasText: 'Imported 2 articles from your bookmarks' })).not.toContainText('to download');
  await expect(migration.mark(library.row('Saved for a rainy day'))).toHaveText('Not downloaded');
  await expect(migration.downloadsBanner).toHaveCount(0);

  await library.row('A page that is gone').locator('.row-open').click();
  await expect(migration.notDownloaded).toContainText('Not downloaded — it was imported as a link');
  await migration.notDownloaded.getByRole('button', { name: 'Download now' }).click();
  await expect(migration.notDownloaded).toContainText('The download failed:', { timeout: 20_000 });
  await expect(migration.notDownloaded.getByRole('button', { name: 'Retry' })).toBeEnabled();
  await shell.page.keyboard.press('Escape');

  await library.row('Saved for a rainy day').locator('.row-open').click();
  await migration.notDownloaded.getByRole('button', { name: 'Download now' }).click();
  await expect(shell.page.locator('.reader[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
});

test('highlights imported with a link wait in the panel, and are placed once the text arrives', async ({ shell, library, migration }) => {
  site = await startArticleServer();
  const quotes = ['He knew the sound of each step', 'It is the least lonely place I know.'];
  const zip = await pocketZip([{ url: site.url('/2026/02/last-lighthouse-keeper'), title: 'The keeper of Skerry Point', quotes }]);
  await migration.drop({ name: 'pocket.zip', content: zip, mimeType: 'application/zip' });
  const dialog = migration.previewDialog('Pocket');
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(migration.preview.locator('.migration-count', { hasText: 'Highlights' })).toContainText('2');
  await dialog.getByRole('checkbox', { name: /Download the linked articles in the background/ }).uncheck();
  await shell.page.keyboard.press('Enter');

  await library.row('The keeper of Skerry Point').locator('.row-open').click();
  await expect(migration.notDownloaded).toContainText('2 highlights waiting for the text');
  await expect(migration.notDownloaded).toContainText(quotes[0]!);
  await migration.settle();
  await library.screenshot('migration-not-downloaded-highlights');

  await migration.notDownloaded.getByRole('button', { name: 'Download now' }).click();
  await expect(shell.page.locator('.reader[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(shell.page.frameLocator('iframe.reader-frame').locator('mark.lectern-hl')).not.toHaveCount(0, { timeout: 15_000 });
});
