// Archive, favorite and delete from the keyboard, each with an Undo in a toast at the bottom centre.
import { test, expect } from '../support/fixtures.ts';
import type { LibraryPage } from '../pages/library-page.ts';

test.use({ seed: { count: 12 }, viewport: { width: 1200, height: 820 }, undoWindowMs: 20_000 });

async function selectSecondRow(library: LibraryPage): Promise<string> {
  await library.press('j');
  await library.press('j');
  await expect(library.focusedRow()).toHaveAttribute('data-index', '1');
  return (await library.focusedRow().locator('.row-title').textContent()) ?? '';
}

test('archive with a, then Undo brings it back', async ({ library }) => {
  const title = await selectSecondRow(library);
  await library.press('a');
  await expect(library.row(title)).toHaveCount(0);
  await expect(library.toasts.first()).toContainText('Archived');
  await library.screenshot('library-archive-toast');

  await library.clickToastAction('Undo');
  await expect(library.row(title)).toHaveCount(1);

  await library.showFilter('Archived');
  await expect(library.row(title)).toHaveCount(0);
});

test('delete with d, then Undo restores it; without Undo it stays gone after a restart', async ({ shell, library }) => {
  const title = await selectSecondRow(library);
  await library.press('d');
  await expect(library.row(title)).toHaveCount(0);
  await expect(library.toasts.first()).toContainText('Deleted');
  await library.clickToastAction('Undo');
  await expect(library.row(title)).toHaveCount(1);
  await expect(library.toasts.first()).toContainText('Restored');

  // The selection stays on the same place in the list, so Delete again removes the same article.
  await library.row(title).locator('.row-open').focus();
  await library.press('Delete');
  await expect(library.row(title)).toHaveCount(0);
  await shell.restart();
  await library.waitReady();
  await expect(library.row(title)).toHaveCount(0);
});

test('favorite with f marks the row and the Favorites filter finds it', async ({ library }) => {
  const title = await selectSecondRow(library);
  await library.press('f');
  await expect(library.row(title).locator('.marker-favorite')).toBeVisible();
  await library.showFilter('Favorites');
  await expect(library.row(title)).toHaveCount(1);
});

test('the row buttons do the same with the mouse', async ({ library }) => {
  const row = library.rows.nth(2);
  const title = (await row.locator('.row-title').textContent()) ?? '';
  await row.hover();
  await row.getByRole('button', { name: `Archive “${title}”` }).click();
  await expect(library.row(title)).toHaveCount(0);
  await library.clickToastAction('Undo');
  await expect(library.row(title)).toHaveCount(1);
});

test('m marks the selected article finished, and Undo takes it back', async ({ library }) => {
  const title = await selectSecondRow(library);
  await library.press('m');
  await expect(library.row(title).locator('.marker-finished')).toBeVisible();
  await expect(library.toasts.first()).toContainText('as finished');
  await library.clickToastAction('Undo');
  await expect(library.row(title).locator('.marker-finished')).toHaveCount(0);
});

test('r renames the selected article, and Undo puts the old title back', async ({ shell, library }) => {
  const title = await selectSecondRow(library);
  await library.press('r');
  const dialog = shell.page.getByRole('dialog', { name: 'Rename article' });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  await shell.page.keyboard.type('Notes on glaciers');
  await library.screenshot('library-rename');
  await shell.page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(library.row('Notes on glaciers')).toBeVisible();
  await library.clickToastAction('Undo');
  await expect(library.row(title)).toBeVisible();
});
