// From an empty library to articles: the empty state, importing through the file input (Ctrl+O's dialog),
// several files at once with progress, and a refused file explained in a toast and in the failures list,
// whether the window or the shell (File › Open, the dock icon) started the import.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures.ts';
import { electronBinary } from '../support/electron-shell.ts';

test.use({ viewport: { width: 1200, height: 820 } });

test('an empty library says how to add something, and an imported text file appears', async ({ shell, library }) => {
  await expect(library.emptyState).toContainText('Your library is empty.');
  await expect(library.emptyState).toContainText(/Drop a file here, paste a link, or press (Ctrl\+|⌘)O\./);
  await library.screenshot('library-empty');

  await library.importFiles([
    { name: 'slow-reading.txt', content: 'On slow reading\n\nReading slowly is a way of paying attention.\n\nIt rewards patience.' },
  ]);
  await expect(library.row('On slow reading')).toBeVisible();
  await expect(library.toasts.first()).toContainText('Added “On slow reading”');
  await expect(library.count).toHaveText('1 article');
  await expect(library.emptyState).toHaveCount(0);
  await library.screenshot('library-after-import');

  // The import outlives a restart: it is in core, not just on screen.
  await shell.restart();
  await library.waitReady();
  await expect(library.row('On slow reading')).toBeVisible();
});

test('several files import one by one; a refused one is explained', async ({ library }) => {
  // Half a megabyte each, so the run lasts past the second after which the progress bar shows.
  const files = Array.from({ length: 6 }, (_, i) => ({
    name: `note-${i + 1}.md`,
    content: `# Note ${i + 1}\n\n${'A sentence about reading, kept for later. '.repeat(12_000)}`,
    mimeType: 'text/markdown',
  }));
  files.splice(3, 0, { name: 'photo.png', content: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000', mimeType: 'image/png' });
  await library.importFiles(files);

  await expect(library.importProgress).toBeVisible();
  await expect(library.importProgress).toContainText(/Importing \d of 7/);
  await library.screenshot('library-import-progress');

  await expect(library.importProgress).toHaveCount(0, { timeout: 30_000 });
  await expect(library.rows).toHaveCount(6);
  await expect(library.toasts.first()).toContainText('Added 6 of 7 files');
  await expect(library.importFailures).toContainText('photo.png');
  await library.screenshot('library-import-failures');

  await library.importFailures.getByRole('button', { name: /Dismiss/ }).click();
  await expect(library.importFailures).toHaveCount(0);
});

test('a pasted Markdown snippet becomes an article', async ({ shell, library }) => {
  await shell.page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '# Pasted thoughts\n\n- first\n- second\n\nA closing line.');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(library.row('Pasted thoughts')).toBeVisible();
  await expect(library.toasts.first()).toContainText('from the clipboard');
});

test('files dropped on the window are imported, with an overlay while dragging', async ({ shell, library }) => {
  const page = shell.page;
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['# Dropped essay\n\nIt arrived by drag and drop.'], 'dropped.md', { type: 'text/markdown' }));
    (window as unknown as { dropData: DataTransfer }).dropData = data;
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await library.screenshot('library-drop-overlay');
  await page.evaluate(() => {
    const data = (window as unknown as { dropData: DataTransfer }).dropData;
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  await expect(library.row('Dropped essay')).toBeVisible();
});

test('a file over 50 MB is refused before it is read', async ({ shell, library }) => {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-e2e-big-'));
  const path = join(dir, 'huge.txt');
  await writeFile(path, Buffer.alloc(51 * 1024 * 1024, 'a'));
  await shell.page.getByTestId('import-file-input').setInputFiles(path);
  await expect(library.toasts.first()).toContainText('Could not import huge.txt');
  await expect(library.importFailures).toContainText('Lectern imports files of 50 MB or less');
  await expect(library.emptyState).toBeVisible();
});

test('a pasted link goes to web capture, and one that cannot be fetched is explained', async ({ shell, library }) => {
  // Port 9 on this machine refuses at once: the same path as being offline, without waiting for a timeout.
  await shell.page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'http://127.0.0.1:9/an-essay');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(library.toasts.first()).toContainText('127.0.0.1', { timeout: 30_000 });
  await expect(library.emptyState).toBeVisible();
});

test('files the shell imports (File › Open, the CLI) appear without a reload', async ({ shell, library }) => {
  test.skip(electronBinary() !== null, 'drives core directly, which only the browser shell exposes');
  const dir = await mkdtemp(join(tmpdir(), 'lectern-e2e-paths-'));
  const paths: string[] = [];
  for (const name of ['first.md', 'second.md', 'third.md']) {
    const path = join(dir, name);
    await writeFile(path, `# The ${name.replace('.md', '')} essay\n\nWords worth keeping.`);
    paths.push(path);
  }
  // What Electron's File › Open does: core imports by path and tells every window through events.
  const result = await shell.core().dispatch('articles.importPaths', { paths });
  expect(result.ok).toBe(true);
  await expect(library.rows).toHaveCount(3);
  await expect(library.row('The second essay')).toBeVisible();
});

test('files the shell could not import are reported as the picker reports them: one toast and the failures list', async ({ shell, library }) => {
  test.skip(electronBinary() !== null, 'drives core directly, which only the browser shell exposes');
  const dir = await mkdtemp(join(tmpdir(), 'lectern-e2e-paths-'));
  const essay = join(dir, 'essay.md');
  const photo = join(dir, 'photo.png');
  await writeFile(essay, '# An essay from the dock\n\nWords worth keeping.');
  await writeFile(photo, Buffer.from('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000', 'latin1'));
  // File › Open, files dropped on the dock icon and a second launch all end here: core imports by path.
  const result = await shell.core().dispatch('articles.importPaths', { paths: [essay, photo, join(dir, 'gone.md')] });
  expect(result.ok).toBe(true);
  await expect(library.row('An essay from the dock')).toBeVisible();
  await expect(library.toasts.first()).toContainText('Added 1 of 3 files. 2 could not be imported: photo.png, gone.md');
  await expect(library.importFailures).toContainText('photo.png');
  await expect(library.importFailures).toContainText('gone.md');
  await expect(library.importFailures).toContainText('does not exist');
});

test('the shell’s File › Open leads to the file chooser, and chosen files are imported', async ({ shell, library }) => {
  // With a user gesture behind it the chooser opens at once; without one (a menu command over IPC in Electron)
  // it is offered behind a "Choose files…" button in a toast. The browser shell's event delivery counts as a
  // gesture, so either may happen here: follow whichever does.
  const chooserOpened = shell.page.waitForEvent('filechooser');
  await shell.sendCommand('open-files');
  const choose = library.toasts.getByRole('button', { name: 'Choose files…' });
  const first = await Promise.race([chooserOpened.then(() => 'chooser' as const), choose.waitFor().then(() => 'toast' as const)]);
  if (first === 'toast') await choose.click();
  const chooser = await chooserOpened;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles([{ name: 'menu.md', mimeType: 'text/markdown', buffer: Buffer.from('# Opened from the menu\n\nHello.') }]);
  await expect(library.row('Opened from the menu')).toBeVisible();
});

test('Ctrl+O opens the file chooser straight away', async ({ shell, library }) => {
  // The shortcut exists once the library has drawn; a key pressed before that reaches no handler (a run on a
  // loaded machine lost the key this way).
  // Playwright turns on file-chooser interception without waiting for Chromium to confirm it; asked for in
  // the same breath as the key, the chooser sometimes opened before interception (2 runs in 15) and was lost.
  const chooserOpened = shell.page.waitForEvent('filechooser');
  await expect(library.emptyState).toBeVisible();
  await library.press('Control+o');
  const chooser = await chooserOpened;
  expect(chooser.isMultiple()).toBe(true);
});
