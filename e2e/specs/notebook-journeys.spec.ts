// The notebook: every highlight and note across the library, grouped by article, filtered by colour, tag and
// words; an entry opens its article scrolled to the passage. Empty, it explains how to highlight.
import { test, expect } from '../support/fixtures.ts';

test.use({ viewport: { width: 1280, height: 820 } });

test('empty, the notebook says how to highlight', async ({ shell, reader, notebook }) => {
  await expect(shell.page.getByRole('button', { name: 'Notebook' })).toBeVisible();
  await notebook.openFromLibrary();
  await expect(notebook.root.getByRole('heading', { name: 'Your notebook is empty' })).toBeVisible();
  await expect(notebook.root).toContainText('select a few words');
  await reader.screenshot('notebook-empty');
  await shell.page.keyboard.press('Escape');
  await expect(notebook.root).toHaveCount(0);
  // g n comes back to it from the library.
  await shell.page.keyboard.press('g');
  await shell.page.keyboard.press('n');
  await expect(notebook.root).toBeVisible();
});

test('lists highlights and notes by article, filters them, and jumps to the exact passage', async ({ shell, reader, notebook, highlights }) => {
  const sample = await reader.importSample();
  const other = await reader.importMarkdown('The council met on Tuesday to discuss the bridge.\n\nNobody came, and the bridge was built anyway, which is how most bridges get built.', 'Bridges of the North');
  await reader.open(other);
  await notebook.highlightInOpenArticle(other, 'Nobody came', { color: 'pink', note: 'Civic *apathy*', tags: ['civics'] });
  await reader.writeNote('An article about **bridges**.');
  await reader.open(sample.id);
  await notebook.highlightInOpenArticle(sample.id, 'Margins are not wasted space', { color: 'green', tags: ['layout'] });
  // Far down the article, so a jump to it has to scroll.
  const far = await notebook.highlightInOpenArticle(sample.id, 'In the end, the best reading software is the one you forget you are using.', { color: 'blue', occurrence: 5, note: 'the last word' });
  await reader.press('Escape');

  await notebook.openFromLibrary();
  await expect(notebook.entries()).toHaveCount(4);
  await expect(notebook.root.locator('.nb-total')).toHaveText('4 items');
  await reader.screenshot('notebook-newest');
  // Newest first: the sample's two highlights, then the other article's note and highlight.
  await expect(notebook.groupTitles()).toHaveText([sample.title, 'Bridges of the North']);

  await notebook.root.getByRole('radio', { name: 'By article' }).click();
  await expect(notebook.groupTitles()).toHaveText(['Bridges of the North', sample.title]);
  await expect(notebook.entries().first()).toContainText('Article note');

  await notebook.root.getByRole('button', { name: 'Only pink' }).click();
  await expect(notebook.entries()).toHaveCount(1);
  await expect(notebook.entries()).toContainText('Nobody came');
  await notebook.root.getByRole('button', { name: 'Only pink' }).click();

  await notebook.search.fill('wasted');
  await expect(notebook.entries()).toHaveCount(1);
  await notebook.root.getByRole('button', { name: 'Clear filters' }).click();
  await notebook.root.getByRole('button', { name: 'civics' }).click();
  await expect(notebook.entries()).toHaveCount(1);
  await notebook.root.getByRole('button', { name: 'Clear filters' }).click();
  await expect(notebook.entries()).toHaveCount(4);

  // Opening an entry opens its article at the passage, which flashes.
  await notebook.root.locator('.nb-item', { hasText: 'the last word' }).locator('.nb-item-open').click();
  await reader.waitReady();
  await expect.poll(async () => (await highlights.painted()).length).toBe(2);
  await expect
    .poll(() =>
      shell.page.evaluate((id) => {
        const frame = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!;
        const rect = frame.contentDocument!.querySelector(`mark[data-hl="${id}"]`)!.getBoundingClientRect();
        return rect.top > 52 && rect.bottom < frame.clientHeight;
      }, far),
    )
    .toBe(true);
  await reader.screenshot('notebook-jump');
  // Back from the article returns to the notebook.
  await reader.press('Escape');
  await expect(notebook.root).toBeVisible();
});

test('the palette opens the notebook from the reader', async ({ shell, reader, notebook }) => {
  const sample = await reader.importSample();
  await reader.open(sample.id);
  await shell.page.keyboard.press('Control+K');
  await shell.page.getByRole('combobox', { name: 'Type a command' }).fill('notebook');
  await shell.page.keyboard.press('Enter');
  await expect(notebook.root).toBeVisible();
});

test('keyboard only, in the dark theme: g n, j to an entry, Enter opens it at the passage', async ({ shell, reader, notebook }) => {
  const sample = await reader.importSample();
  await reader.open(sample.id);
  await reader.invoke('settings.update', { theme: 'dark' });
  const sepia = await notebook.highlightInOpenArticle(sample.id, 'Sepia is a compromise that many readers choose', { color: 'purple', note: 'Tired eyes, **warm** paper.', tags: ['themes'], occurrence: 4 });
  await notebook.highlightInOpenArticle(sample.id, 'Typefaces designed for long reading have open shapes', { color: 'yellow', occurrence: 3 });
  await reader.press('Escape');
  await expect(shell.page.locator('.library')).toBeVisible();
  await shell.page.keyboard.press('g');
  await shell.page.keyboard.press('n');
  await expect(notebook.entries()).toHaveCount(2);
  await reader.screenshot('notebook-dark');
  await shell.page.keyboard.press('j');
  await shell.page.keyboard.press('j');
  await expect(notebook.root.locator('.nb-item-open').nth(1)).toBeFocused();
  await shell.page.keyboard.press('Enter');
  await reader.waitReady();
  // Newest first: the second entry is the older, purple one; the article opens scrolled to it.
  await expect
    .poll(() =>
      shell.page.evaluate((hid) => {
        const frame = document.querySelector<HTMLIFrameElement>('iframe.reader-frame')!;
        const rect = frame.contentDocument!.querySelector(`mark[data-hl="${hid}"]`)?.getBoundingClientRect();
        return rect !== undefined && rect.top > 52 && rect.bottom < frame.clientHeight;
      }, sepia),
    )
    .toBe(true);
  await reader.screenshot('notebook-jump-dark');
});
