// Leaving with everything and arriving whole: the library exported as one archive from the app, then imported
// into a fresh library (a second app on an empty folder) through File › Import from Another App… comes back
// as the same library: the same articles, notes, highlights and reading positions.
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures.ts';
import { electronBinary } from '../support/electron-shell.ts';
import { LibraryPage } from '../pages/library-page.ts';
import { MigrationPage } from '../pages/migration-page.ts';
import type { BrowserShell } from '../support/browser-shell.ts';

test.use({ viewport: { width: 1200, height: 860 }, seed: { count: 6 } });

function ok<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** What a library holds that a reader made: each article's title, note, place and highlights, by id. */
async function readersWork(shell: BrowserShell) {
  const core = shell.core();
  // The reading list and the archive: every article there is.
  const lists = await Promise.all((['all', 'archived'] as const).map(async (filter) => ok(await core.dispatch('articles.list', { offset: 0, limit: 100, sort: 'saved', filter })).items));
  const work = [];
  for (const { id } of lists.flat()) {
    const article = ok(await core.dispatch('articles.get', { id }));
    const highlights = ok(await core.dispatch('highlights.list', { articleId: id }));
    work.push({
      id,
      title: article.title,
      note: article.note,
      progress: article.progress && { fraction: article.progress.fraction, anchor: article.progress.anchor },
      highlights: highlights.map((h) => ({ id: h.id, start: h.start, end: h.end, color: h.color, note: h.note, quote: h.selectors[0].exact })),
    });
  }
  return work.sort((a, b) => a.id.localeCompare(b.id));
}

test('an archive exported from the app, imported into a fresh library, brings back the same articles, notes, highlights and places', async ({ shell, library, migration, launch }) => {
  test.skip(electronBinary() !== null, 'sets up and compares the libraries through core, which only the browser shell exposes');
  await expect(library.rows.first()).toBeVisible();
  const shown = await library.rows.count();
  const core = shell.core();
  const [first, second] = ok(await core.dispatch('articles.list', { offset: 0, limit: 2, sort: 'saved', filter: 'all' })).items;
  ok(await core.dispatch('notes.save', { id: first!.id, note: 'Worth reading again in **spring**.' }));
  ok(await core.dispatch('highlights.create', { articleId: first!.id, start: 20, end: 64, color: 'blue', note: 'The heart of it.' }));
  ok(await core.dispatch('highlights.create', { articleId: second!.id, start: 5, end: 30, color: 'green' }));
  ok(await core.dispatch('progress.save', { id: second!.id, fraction: 0.4, anchor: { block: 2, offset: 7 } }));
  const before = await readersWork(shell);
  expect(before).toHaveLength(6);
  expect(before.flatMap((article) => article.highlights)).toHaveLength(2);

  const download = await migration.exportLibrary();
  const archive = await readFile((await download.path())!);

  const fresh = await launch();
  const freshLibrary = new LibraryPage(fresh.page);
  const freshMigration = new MigrationPage(fresh.page);
  await freshLibrary.waitReady();
  await expect(freshLibrary.emptyState).toBeVisible();
  await fresh.sendCommand('import-from-app');
  await freshMigration.chooseInDialog({ name: download.suggestedFilename(), content: archive, mimeType: 'application/zip' });
  const dialog = freshMigration.previewDialog('a Lectern archive');
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(freshMigration.preview.locator('.migration-count', { hasText: 'Articles' })).toContainText('6');
  await expect(freshMigration.preview.locator('.migration-count', { hasText: 'Highlights' })).toContainText('2');
  await expect(freshMigration.preview.locator('.migration-count', { hasText: 'Notes' })).toContainText('1');
  await freshMigration.settle();
  await freshLibrary.screenshot('migration-archive-preview');
  await dialog.getByRole('button', { name: 'Import 6 articles' }).click();
  await expect(freshLibrary.toasts.filter({ hasText: 'Imported 6 articles from a Lectern archive · 2 highlights' })).toBeVisible({ timeout: 30_000 });

  await expect(freshLibrary.rows).toHaveCount(shown);
  await expect(freshLibrary.row(second!.title).locator('.row-progress')).toHaveAttribute('title', '40% read');
  expect(await readersWork(fresh)).toEqual(before);

  // The highlight is drawn in the article, where it was.
  await freshLibrary.row(first!.title).locator('.row-open').click();
  const marks = fresh.page.frameLocator('iframe.reader-frame').locator('mark.lectern-hl');
  await expect(marks).not.toHaveCount(0, { timeout: 15_000 });
  await expect(marks.first()).toContainText(before.find((article) => article.id === first!.id)!.highlights[0]!.quote.slice(0, 12));
});
