// axe-core over every screen and dialog a reader can reach, in light, dark and sepia: the library and its
// states, organising, searching, the header's menus, the palette and help, adding links and files, moving in
// from another app, background downloads, the browser connection, the reader with its popovers and panels, the
// notebook (empty states and the screens for a library that cannot open: accessibility-empty-and-error-screens).
// Each journey is driven once the way a person does (keys and clicks); under System, every screen is checked in
// light and in dark by switching the system's scheme in place. Every serious or critical violation on the way is
// collected, so one run names them all.
import type { Page } from '@playwright/test';
import type { BrowserShell, ShellOptions } from '../support/browser-shell.ts';
import { test, expect, seededDataDir } from '../support/fixtures.ts';
import { ScreenAudit } from '../support/screen-audit.ts';
import { startArticleServer } from '../support/article-server.ts';
import { startHeldSite } from '../support/held-site.ts';
import { bookmarksHtml, wallabagExport } from '../support/export-files.ts';
import { extensionRequests } from '../support/extension-requests.ts';
import { freePorts } from '../../electron/core/connection/testing/connection-client.ts';
import { CapturePage } from '../pages/capture-page.ts';
import { ConnectionPage } from '../pages/connection-page.ts';
import { HighlightsPage } from '../pages/highlights-page.ts';
import { LibraryPage } from '../pages/library-page.ts';
import { MigrationPage } from '../pages/migration-page.ts';
import { NotebookPage } from '../pages/notebook-page.ts';
import { ReaderPage } from '../pages/reader-page.ts';

test.use({ viewport: { width: 1200, height: 820 }, allowLocalCaptures: true });
// Each journey is long (40-odd screens, most twice): the default minute is too close on a busy two-core machine.
test.describe.configure({ mode: 'parallel', timeout: 120_000 });

/** The app's own themes: System followed in light and in dark, and sepia chosen outright. */
const THEMES = [
  { name: 'light and dark', command: 'Theme: System', setting: 'system', schemes: ['light', 'dark'] as const },
  { name: 'sepia', command: 'Theme: Sepia', setting: 'sepia', schemes: null },
] as const;

/** Starts the app on a seeded library (tags, a saved search, progress, a finished article) in the theme. */
async function openLibrary(launch: (options: ShellOptions) => Promise<BrowserShell>, theme: (typeof THEMES)[number]): Promise<{ page: Page; audit: ScreenAudit }> {
  const dataDir = await seededDataDir({ count: 12, words: 200 });
  const { page } = await launch({ dataDir, connectionPorts: await freePorts(2) });
  // Reduced motion (which the app honours) shows every colour and dialog in its final state at once, so no check
  // waits out a transition; what is measured is what a reader sees once things have settled either way.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const library = new LibraryPage(page);
  await library.waitReady();
  // The newest seeded articles (seed-library.ts names them by index), so their rows are drawn at the top.
  await library.invoke('articles.tag', { ids: ['seed-0000a', 'seed-00009', 'seed-00008'], tags: ['rivers', 'long reads'] });
  await library.invoke('tags.setColor', { name: 'rivers', color: 'green' });
  await library.invoke('savedSearches.save', { name: 'Long reads', query: 'tag:"long reads"' });
  await library.invoke('progress.save', { id: 'seed-00009', fraction: 0.4, anchor: null });
  await library.invoke('articles.update', { id: 'seed-00008', patch: { finished: true } });
  await page.reload();
  await library.waitReady();
  await library.runCommand(theme.command);
  await expect(page.locator('html')).toHaveAttribute('data-theme-setting', theme.setting);
  const shots = ['library', 'shortcut-help', 'reader', 'reader-notes', 'notebook'];
  return { page, audit: new ScreenAudit(page, { schemes: theme.schemes, theme: theme.setting, screenshots: shots }) };
}

/** A file dragged over the window (dragenter) or away again (dragleave), as the file manager would. */
async function dragFile(page: Page, type: 'dragenter' | 'dragleave'): Promise<void> {
  await page.evaluate((eventType) => {
    const data = new DataTransfer();
    data.items.add(new File(['# Dragged'], 'dragged.md', { type: 'text/markdown' }));
    document.body.dispatchEvent(new DragEvent(eventType, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, type);
}

for (const theme of THEMES) {
  test(`the library, organising, searching and adding pass axe in ${theme.name}`, async ({ launch }) => {
    const { page, audit } = await openLibrary(launch, theme);
    const library = new LibraryPage(page);
    const capture = new CapturePage(page);

    // The library, its cursor row showing its actions.
    await expect(async () => {
      if ((await library.focusedRow().count()) === 0) await library.press('j');
      await expect(library.focusedRow()).toHaveCount(1, { timeout: 1000 });
    }).toPass();
    await audit.check('library');

    // Organising: the tag picker, renaming, deleting with Undo, a selection with its bulk bar, a tag's menu.
    await library.press('t');
    await expect(library.tagPicker).toBeVisible();
    await audit.check('tag-picker', '.tag-picker-dialog');
    await page.keyboard.press('Escape');
    await expect(library.tagPicker).toHaveCount(0);
    await library.press('r');
    await expect(page.getByRole('dialog', { name: 'Rename article' })).toBeVisible();
    await audit.check('rename-dialog', '.name-dialog');
    await page.keyboard.press('Escape');
    await library.press('d');
    await expect(library.toasts.getByRole('button', { name: 'Undo' })).toBeVisible();
    await audit.check('toast-undo', '[data-testid="toast"]');
    await library.clickToastAction('Undo');
    await library.press('x');
    await library.press('Shift+J');
    await expect(library.bulkBar).toBeVisible();
    await audit.check('bulk-bar');
    await page.keyboard.press('Escape');
    await expect(library.bulkBar).toHaveCount(0);
    await page.getByRole('button', { name: 'Compact list' }).click();
    await audit.check('library-compact');
    await page.getByRole('button', { name: 'Compact list' }).click();
    await library.sidebarTag('rivers').hover();
    await library.sidebarTag('rivers').getByRole('button', { name: /^Actions for/ }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await audit.check('sidebar-menu', '[role="menu"]');
    await page.getByRole('menu').getByRole('menuitem', { name: 'Rename', exact: true }).click();
    await expect(library.sidebar.getByRole('textbox')).toBeFocused();
    await audit.check('sidebar-rename', '.sidebar');
    await page.keyboard.press('Escape');

    // Filters and searching: an in-progress row, results with their marks, tips, nothing found, saving a search.
    await library.showFilter('In progress');
    await expect(library.count).toHaveText('1 article');
    await audit.check('filter-in-progress');
    await library.showFilter('All');
    await library.search('is:someday rivers');
    await expect(library.searchNotes).toContainText('Unknown "is:someday"'); // a hint, under the box
    await audit.check('search-results');
    await library.runCommand('Save this search');
    await expect(page.getByRole('dialog', { name: 'Save search' })).toBeVisible();
    await audit.check('save-search-dialog', '.name-dialog');
    await page.keyboard.press('Escape');
    await library.search('zebra crossings');
    await expect(library.emptyState).toBeVisible();
    await audit.check('search-nothing-found', '.library-main');
    await library.filterBox.press('Escape');
    await expect(page.locator('#search-tips')).toBeVisible();
    await audit.check('search-tips', '.library-header');
    await library.filterBox.blur();

    // The header's popovers, the palette and the help.
    await page.getByRole('button', { name: 'Appearance' }).click();
    await expect(page.locator('#theme-popover')).toBeVisible();
    await audit.check('theme-menu', '#theme-popover');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('menu', { name: 'Add' })).toBeVisible();
    await audit.check('add-menu', '#add-popover');
    await page.getByRole('menuitem', { name: /Links from the web/ }).click();
    await expect(capture.field).toBeFocused();
    await capture.field.fill('not a link');
    await capture.field.press('Enter');
    await expect(capture.dialog).toContainText('Type or paste a web address');
    await audit.check('add-url-dialog', '.add-url-dialog');
    await page.keyboard.press('Escape');
    await expect(capture.dialog).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.type('rivers');
    await expect(page.getByRole('listbox', { name: 'Commands and articles' }).getByRole('option').first()).toBeVisible();
    await audit.check('command-palette', '.palette-dialog');
    await page.keyboard.press('Escape');
    await library.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await audit.check('shortcut-help', '.help-dialog');
    await page.keyboard.press('Escape');

    // Files: one that cannot be imported, and the overlay a file dragged over the window shows.
    await library.importFiles([{ name: 'photo.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), mimeType: 'image/png' }]);
    await expect(library.importFailures).toBeVisible();
    await audit.check('import-failures', '[data-testid="import-failures"]');
    await library.importFailures.getByRole('button', { name: /Dismiss/ }).click();
    await dragFile(page, 'dragenter');
    await expect(page.getByTestId('drop-overlay')).toBeVisible();
    await audit.check('drop-overlay', '[data-testid="drop-overlay"]');
    await dragFile(page, 'dragleave');
    await expect(page.getByTestId('drop-overlay')).toHaveCount(0);

    // Links being saved show progress; a site that fails them leaves them waiting above the list.
    const site = await startHeldSite();
    await capture.addUrls([site.url('/essays/tides'), site.url('/essays/rivers')]);
    await expect(capture.progress).toBeVisible();
    await audit.check('capture-progress', '[data-testid="capture-progress"]');
    await site.close();
    await expect(capture.pendingRows).toHaveCount(2, { timeout: 15_000 });
    await audit.check('pending-links');

    expect(audit.found).toEqual([]);
  });

  test(`moving in, downloads, the connection, the reader and the notebook pass axe in ${theme.name}`, async ({ launch }) => {
    const { page, audit } = await openLibrary(launch, theme);
    const library = new LibraryPage(page);
    const reader = new ReaderPage(page);
    const hl = new HighlightsPage(page);
    const migration = new MigrationPage(page);
    const connection = new ConnectionPage(page);
    const notebook = new NotebookPage(page);

    // Moving in from another app: the chooser, the preview, the summary with Undo and its report.
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('menuitem', { name: /From another app/ }).click();
    await expect(migration.chooser).toBeVisible();
    await audit.check('import-chooser', '.migration-dialog');
    await page.keyboard.press('Escape');
    const entries = [
      { title: 'The last lighthouse keeper', url: 'https://coastal.example/lighthouse', tags: ['sea'], quotes: [{ quote: 'Reading slowly is a way of paying attention', note: 'The whole point.' }] },
      { title: 'Tide tables for beginners', url: 'https://coastal.example/tides', tags: ['sea'] },
      { title: 'Write to the editor', url: 'mailto:editor@coastal.example' },
    ];
    await migration.drop({ name: 'wallabag.json', content: wallabagExport(entries), mimeType: 'application/json' });
    await expect(migration.previewDialog('Wallabag')).toBeVisible({ timeout: 30_000 });
    await audit.check('migration-preview', '.migration-dialog');
    await page.keyboard.press('Enter');
    const summary = library.toasts.filter({ hasText: 'not imported' });
    await expect(summary).toBeVisible({ timeout: 30_000 });
    await audit.check('migration-summary', '[data-testid="toast"]');
    await summary.getByRole('button', { name: 'Report…' }).click();
    await expect(migration.report).toBeVisible();
    await audit.check('migration-report', '.migration-report');
    await page.keyboard.press('Escape');

    // Links from a bookmarks file wait to be downloaded; a failed one says so; one opens as a calm panel.
    const site = await startArticleServer();
    const links = [
      { url: site.url('/gone/old-essay'), title: 'Harbour dispatch 1' },
      { url: site.url('/slow/last-lighthouse-keeper'), title: 'Harbour dispatch 2' },
    ];
    await migration.drop({ name: 'bookmarks.html', content: bookmarksHtml('Reading list', links), mimeType: 'text/html' });
    await expect(migration.previewDialog('your bookmarks')).toBeVisible({ timeout: 30_000 });
    await audit.check('migration-preview-links', '.migration-dialog');
    await page.keyboard.press('Enter');
    await expect(migration.downloadsBanner).toBeVisible();
    await migration.downloadsBanner.getByRole('button', { name: 'Pause' }).click();
    await library.search('Harbour dispatch');
    await expect(migration.mark(library.row('Harbour dispatch 1'))).toHaveText('Download failed', { timeout: 20_000 });
    await site.close();
    await audit.check('downloads');
    await library.row('Harbour dispatch 1').locator('.row-open').click();
    await expect(migration.notDownloaded).toBeVisible();
    await audit.check('not-downloaded');
    await page.keyboard.press('Escape');
    await library.filterBox.press('Escape');
    await library.filterBox.blur();

    // The browser connection: the dialog turned on, a pairing request, the paired browser listed.
    await connection.openFromAddMenu();
    const browser = extensionRequests(await connection.turnOn());
    await audit.check('connection-dialog', '.connection-dialog');
    const asked = await browser.pair('Chromium 131 on Linux');
    await expect(connection.code).toHaveText(asked.code);
    await expect(connection.accept).not.toHaveAttribute('aria-disabled', 'true');
    await audit.check('pairing-dialog', '.pairing-dialog');
    await connection.accept.click();
    await browser.poll(asked.requestId); // the browser collects its token: now it is paired
    await expect(connection.pairedBrowser('Chromium 131 on Linux')).toBeVisible();
    await audit.check('connection-paired', '.connection-dialog');
    await page.keyboard.press('Escape');
    await expect(connection.dialog).toHaveCount(0);

    // The reader: the article, its appearance popover, highlighting, the highlight's editor, notes, export.
    const sample = await reader.importSample();
    await library.row(sample.title).locator('.row-open').click();
    await reader.waitReady();
    await audit.check('reader');
    await reader.press('t');
    await expect(page.getByRole('dialog', { name: 'Theme and typography' })).toBeVisible();
    await audit.check('reader-appearance', '.appearance-anchor');
    await page.keyboard.press('Escape');
    await reader.runCommand('Tag this article');
    await expect(library.tagPicker).toBeVisible();
    await audit.check('reader-tag-picker', '.tag-picker-dialog');
    await page.keyboard.press('Escape');
    await hl.select('A column of text that stays put', 'quiet luxuries.');
    await audit.check('selection-toolbar', '.hl-toolbar');
    await hl.highlightWith('yellow');
    const [mark] = await hl.painted();
    await hl.clickHighlight(mark!.id);
    await audit.check('highlight-editor', '.hl-editor');
    await page.keyboard.press('Escape');
    await expect(hl.editor).toHaveCount(0);
    await reader.writeNote('A **calm** page: see [the essay](https://example.com/essay).\n\n- wide margins\n- still text');
    await expect(hl.section.locator('.hl-item')).toHaveCount(1);
    await audit.check('reader-notes');
    await page.mouse.move(400, 30); // the bar fades while reading; the pointer at the top brings it back
    await page.getByRole('button', { name: 'Export notes and highlights' }).click();
    await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
    await audit.check('reader-export-menu', '.reader-bar');
    await page.keyboard.press('Escape');

    // The notebook: entries, then a search that finds nothing.
    await reader.runCommand('Go to the library');
    await library.waitReady();
    await notebook.openFromLibrary();
    await expect(notebook.entries().first()).toBeVisible();
    await audit.check('notebook');
    await notebook.search.fill('zebra crossings');
    await expect(notebook.entries()).toHaveCount(0);
    await audit.check('notebook-nothing-found', '.notebook');

    expect(audit.found).toEqual([]);
  });
}
