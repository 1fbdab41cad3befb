// Moving in from another app: an export dropped on the window (or chosen from File › Import from Another
// App…) is previewed before anything is written (what was recognised, the counts, duplicates, what will be
// skipped and why), imported with progress, summed up in one toast with Undo and a report, and Undo takes
// the whole import back.
import { test, expect } from '../support/fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { manyWallabagEntries, wallabagExport } from '../support/export-files.ts';

test.use({ viewport: { width: 1200, height: 860 } });

const SMALL = wallabagExport([
  { title: 'The last lighthouse keeper', url: 'https://coastal.example/lighthouse', tags: ['sea'], quotes: [{ quote: 'Reading slowly is a way of paying attention', note: 'The whole point.' }] },
  { title: 'Tide tables for beginners', url: 'https://coastal.example/tides', tags: ['sea', 'guides'] },
  { title: 'The last lighthouse keeper (again)', url: 'https://coastal.example/lighthouse#comments' },
  { title: 'Write to the editor', url: 'mailto:editor@coastal.example' },
]);

test('a dropped export is previewed, imported with progress, and summed up with a report', async ({ shell, library, migration }) => {
  await migration.drop({ name: 'wallabag-export.json', content: wallabagExport(manyWallabagEntries(600, 'harbour.example')), mimeType: 'application/json' });
  const dialog = migration.previewDialog('Wallabag');
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText('wallabag-export.json');
  await expect(dialog).toContainText('recognised as Wallabag export');
  await expect(migration.preview.locator('.migration-count', { hasText: 'Articles' })).toContainText('600');
  await expect(migration.preview.locator('.migration-count', { hasText: 'Highlights' })).toContainText('120');
  await expect(migration.preview.locator('.migration-count', { hasText: 'Tags' })).toContainText('2 new');
  await expect(dialog).toContainText('Harbour notes, part 1');
  await expect(dialog.getByRole('button', { name: 'Import 600 articles' })).toBeFocused();
  await migration.settle();
  await library.screenshot('migration-preview-light');

  await shell.page.keyboard.press('Enter'); // Enter imports
  await expect(dialog).toHaveCount(0);
  await expect(migration.progress).toBeVisible();
  await expect(migration.progress).toContainText(/(Adding articles|Placing highlights): [1-9][\d,]* of [\d,]+/);
  await migration.settle();
  await library.screenshot('migration-progress-light');

  await expect(migration.progress).toHaveCount(0, { timeout: 60_000 });
  await expect(library.toasts.first()).toContainText('Imported 600 articles from Wallabag · 120 highlights');
  await expect(library.toasts.first().getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(library.count).toHaveText('600 articles');
  await expect(library.rows.first()).toContainText('Harbour notes, part');
});

test('the preview says what is already here, twice in the file or skipped; the report lists why and saves as a file', async ({ shell, library, migration }) => {
  // One of the file's articles is already here, from an earlier import.
  await migration.drop({ name: 'earlier.json', content: wallabagExport([{ title: 'Tide tables for beginners', url: 'https://coastal.example/tides' }]), mimeType: 'application/json' });
  await expect(migration.previewDialog('Wallabag')).toBeVisible({ timeout: 30_000 });
  await shell.page.keyboard.press('Enter');
  await expect(library.row('Tide tables for beginners')).toBeVisible();

  await migration.drop({ name: 'wallabag.json', content: SMALL, mimeType: 'application/json' });
  const dialog = migration.previewDialog('Wallabag');
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText('twice in the file: kept once');
  await expect(dialog).toContainText('1 article already in your library');
  await expect(dialog).toContainText('1 entry will be skipped');
  const skipped = dialog.locator('.migration-line');
  await expect(skipped).toContainText('wallabag.json item 4');
  await expect(skipped).toContainText('Write to the editor');
  await expect(skipped).toContainText('mailto:editor@coastal.example');
  await migration.settle();
  await library.screenshot('migration-preview-facts');
  expect(await axeViolations(shell.page, '.migration-dialog')).toEqual([]);

  await dialog.getByRole('button', { name: /^Import/ }).click();
  const toast = library.toasts.filter({ hasText: 'not imported' });
  await expect(toast).toContainText('1 highlight');
  await expect(toast).toContainText('1 not imported');
  await migration.settle();
  await library.screenshot('migration-summary-toast');
  await toast.getByRole('button', { name: 'Report…' }).click();
  await expect(migration.report).toBeVisible();
  await expect(migration.report).toContainText('Skipped (1)');
  await expect(migration.report).toContainText('wallabag.json item 4');
  await migration.settle();
  await library.screenshot('migration-report');
  expect(await axeViolations(shell.page, '.migration-report')).toEqual([]);
  const [file] = await Promise.all([shell.page.waitForEvent('download'), migration.report.getByRole('button', { name: 'Save report' }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await shell.page.keyboard.press('Escape');
  await expect(migration.report).toHaveCount(0);
});

test('Undo takes the whole import back', async ({ library, migration }) => {
  await migration.drop({ name: 'wallabag.json', content: SMALL, mimeType: 'application/json' });
  await expect(migration.previewDialog('Wallabag')).toBeVisible({ timeout: 30_000 });
  await migration.page.keyboard.press('Enter');
  await expect(library.row('The last lighthouse keeper')).toBeVisible();
  await expect(library.rows).toHaveCount(2);

  await library.toasts.filter({ hasText: 'from Wallabag' }).getByRole('button', { name: 'Undo' }).click();
  await expect(library.toasts.filter({ hasText: 'Undid the import from Wallabag: 2 articles removed' })).toBeVisible();
  await expect(library.emptyState).toBeVisible();
});

test('after a restart, the last import’s report is still there, and Undo still takes the import back', async ({ shell, library, migration }) => {
  await migration.drop({ name: 'wallabag.json', content: SMALL, mimeType: 'application/json' });
  await expect(migration.previewDialog('Wallabag')).toBeVisible({ timeout: 30_000 });
  await migration.page.keyboard.press('Enter');
  await expect(library.rows).toHaveCount(2);

  await shell.restart();
  await library.waitReady();
  await expect(library.rows).toHaveCount(2);
  await migration.runCommand('Show the report of the last import');
  await expect(migration.report).toContainText('wallabag.json');
  await migration.report.getByRole('button', { name: 'Undo import' }).click();
  await expect(library.toasts.filter({ hasText: 'Undid the import from Wallabag: 2 articles removed' })).toBeVisible();
  await expect(migration.report).toHaveCount(0);
  await expect(library.emptyState).toBeVisible();
});

test('a file imported before says so in its preview: importing it again adds only what is missing', async ({ library, migration }) => {
  await migration.drop({ name: 'wallabag.json', content: SMALL, mimeType: 'application/json' });
  await expect(migration.previewDialog('Wallabag')).toBeVisible({ timeout: 30_000 });
  await migration.page.keyboard.press('Enter');
  await expect(library.rows).toHaveCount(2);

  await migration.drop({ name: 'wallabag (copy).json', content: SMALL, mimeType: 'application/json' });
  const dialog = migration.previewDialog('Wallabag');
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByTestId('migration-imported-before')).toContainText(/^This file was imported on \w+ \d{1,2}, \d{4}; importing it again adds only what is missing\.$/);
  await expect(dialog).toContainText('2 articles already in your library');
  await migration.page.keyboard.press('Escape');
  await expect(library.rows).toHaveCount(2);
});

test('File › Import from Another App… explains, lets one choose the file, and Cancel adds nothing', async ({ shell, library, migration }) => {
  await shell.sendCommand('import-from-app');
  await expect(migration.chooser).toContainText('Pocket, Instapaper, Omnivore');
  await migration.settle();
  await library.screenshot('migration-chooser');
  await migration.chooseInDialog({ name: 'wallabag.json', content: SMALL, mimeType: 'application/json' });
  const dialog = migration.previewDialog('Wallabag');
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await shell.page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(library.emptyState).toBeVisible();

  // Not an export: refused with the reason, nothing waits.
  await migration.runCommand('Import from Pocket, Instapaper, Omnivore');
  await migration.chooseInDialog({ name: 'shopping.csv', content: 'item,qty\nbread,1\n', mimeType: 'text/csv' });
  await expect(library.toasts.filter({ hasText: 'Could not import shopping.csv' })).toBeVisible({ timeout: 30_000 });
  await expect(library.emptyState).toBeVisible();
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the preview and the progress read well in the dark', async ({ library, migration }) => {
    await library.useTheme('Dark');
    await migration.drop({ name: 'wallabag-export.json', content: wallabagExport(manyWallabagEntries(600, 'harbour.example')), mimeType: 'application/json' });
    await expect(migration.previewDialog('Wallabag')).toBeVisible({ timeout: 30_000 });
    await migration.settle();
    await library.screenshot('migration-preview-dark');
    expect(await axeViolations(migration.page, '.migration-dialog')).toEqual([]);
    await migration.page.keyboard.press('Enter');
    await expect(migration.progress).toContainText(/(Adding articles|Placing highlights): [1-9][\d,]* of [\d,]+/);
    await migration.settle();
    await library.screenshot('migration-progress-dark');
    await expect(library.toasts.filter({ hasText: 'Imported 600 articles' })).toBeVisible({ timeout: 60_000 });
  });
});
