// Two-key sequences in the reader (g n reaches the notebook; g g and g alone go to the top), Ctrl/Cmd+Z as the
// newest toast's Undo, and a key straight after j in the library acting on the row j reached.
import { test, expect } from '../support/fixtures.ts';
import type { Page } from '@playwright/test';
import type { LibraryPage } from '../pages/library-page.ts';
import type { ReaderPage } from '../pages/reader-page.ts';

test.use({ seed: { count: 12, words: 3000 }, viewport: { width: 1200, height: 820 }, undoWindowMs: 20_000 });

function articleScrollY(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!.contentWindow!.scrollY);
}

async function openSecondArticle(library: LibraryPage, reader: ReaderPage): Promise<void> {
  await library.press('j');
  await library.press('j');
  await library.press('Enter');
  await reader.waitReady();
  await reader.scrollTo(0.5);
  await expect.poll(() => articleScrollY(reader.page)).toBeGreaterThan(1000);
}

test('g then n opens the notebook from the reader', async ({ library, reader, notebook }) => {
  await openSecondArticle(library, reader);
  await reader.press('g');
  await reader.press('n');
  await expect(notebook.root).toBeVisible();
  await expect(reader.root).toHaveCount(0);
});

test('in the reader g g and g alone go to the top, G to the end, n alone still toggles notes', async ({ library, reader }) => {
  await openSecondArticle(library, reader);
  await reader.press('g');
  await reader.press('g');
  await expect.poll(() => articleScrollY(reader.page)).toBe(0);

  await reader.press('Shift+G');
  await expect.poll(() => articleScrollY(reader.page)).toBeGreaterThan(1000);
  await reader.press('g');
  await expect.poll(() => articleScrollY(reader.page)).toBe(0);

  const notesShown = await reader.page.locator('.notes-panel').count();
  await reader.press('n');
  await expect(reader.page.locator('.notes-panel')).toHaveCount(1 - notesShown);
});

test('Ctrl/Cmd+Z runs the newest Undo offered', async ({ library }) => {
  await library.press('j');
  await library.press('j');
  const title = (await library.focusedRow().locator('.row-title').textContent()) ?? '';
  await library.press('a');
  await expect(library.row(title)).toHaveCount(0);
  await expect(library.toasts.first()).toContainText('Archived');
  await library.press('ControlOrMeta+z');
  await expect(library.row(title)).toHaveCount(1);
  await expect(library.toasts).toHaveCount(0);
});

test('a key right after j acts on the row j moved to, even before the next frame', async ({ library }) => {
  await library.press('j');
  await library.cursorDown();
  // Two keys as two tasks with no frame between (a loaded machine, or a fast typist): focus must already be on
  // the new row, or a dialog opened now would hand focus back to the old row and move the selection there.
  const landed = await library.page.evaluate(async () => {
    const key = (init: KeyboardEventInit) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    key({ key: 'j', code: 'KeyJ' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const focused = document.activeElement?.closest('[data-testid="article-row"]')?.querySelector('.row-title')?.textContent;
    const selected = document.querySelector('[data-testid="article-row"].is-selected .row-title')?.textContent;
    return { focused, selected };
  });
  expect(landed.focused).toBe(landed.selected);
  await expect(library.cursorRow.locator('.row-title')).toHaveText(landed.selected!);
  // And the palette's tag command then tags that row.
  await library.runCommand('Tag the article');
  await expect(library.tagPicker).toHaveAccessibleName(`Tag “${landed.selected}”`);
});
