// Moving out: File › Export Library… and the palette pack the whole library into one archive, handed over
// as a download, with a toast that says what it holds and where it went.
import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures.ts';

test.use({ viewport: { width: 1200, height: 820 }, seed: { count: 12 } });

test('the palette exports the whole library as an archive download', async ({ library, migration }) => {
  await expect(library.rows.first()).toBeVisible();
  const download = await migration.exportLibrary();
  const name = download.suggestedFilename();
  expect(name).toMatch(/\.(zip|lectern)$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip archive
  await expect(library.toasts.filter({ hasText: `Exported the library as ${name}` })).toBeVisible();
  await expect(library.toasts.filter({ hasText: 'Look for it in your downloads.' })).toBeVisible();
});

test('File › Export Library… starts the same download', async ({ shell, library }) => {
  await expect(library.rows.first()).toBeVisible();
  const [download] = await Promise.all([shell.page.waitForEvent('download', { timeout: 30_000 }), shell.sendCommand('export-library')]);
  expect(download.suggestedFilename()).toMatch(/\.(zip|lectern)$/);
  await expect(library.toasts.filter({ hasText: 'Exported the library as' })).toBeVisible();
});
